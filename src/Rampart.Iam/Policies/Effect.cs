namespace Rampart.Iam.Policies;

/// <summary>A statement's <c>Effect</c>.</summary>
public enum Effect
{
    /// <summary><c>"Allow"</c>.</summary>
    Allow,

    /// <summary><c>"Deny"</c>.</summary>
    Deny,
}
