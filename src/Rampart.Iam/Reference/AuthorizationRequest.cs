namespace Rampart.Iam.Reference;

/// <summary>The request of a case, read: caller, action, resource, resource account and context.</summary>
internal sealed record AuthorizationRequest(Caller Caller, string Action, string Resource, string ResourceAccount, RequestContext Context)
{
    /// <summary>"The request is cross-account when the principal's account differs from the resource account" (eval format).</summary>
    public bool IsCrossAccount => Caller.Account != ResourceAccount;
}
