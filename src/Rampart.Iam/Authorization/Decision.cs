namespace Rampart.Iam.Authorization;

/// <summary>The outcome of authorizing a request, as the eval format names it.</summary>
public enum Decision
{
    /// <summary>Allowed.</summary>
    Allow,

    /// <summary>Denied because nothing (or not every required layer) allows it.</summary>
    ImplicitDeny,

    /// <summary>Denied by an applicable <c>Deny</c> statement.</summary>
    ExplicitDeny,
}
