namespace Rampart.Iam.Policies;

/// <summary>What a <c>Principal</c> value names.</summary>
public enum PrincipalEntryKind
{
    /// <summary><c>"*"</c> or <c>{"AWS": "*"}</c>: everyone.</summary>
    Everyone,

    /// <summary>An account: <c>"123456789012"</c> or <c>arn:aws:iam::123456789012:root</c>.</summary>
    Account,

    /// <summary>An IAM user, role, role session or federated user ARN.</summary>
    Arn,

    /// <summary>A service principal such as <c>lambda.amazonaws.com</c>.</summary>
    Service,

    /// <summary>A SAML or OIDC provider (<c>Federated</c>).</summary>
    Federated,

    /// <summary>An S3 canonical user id.</summary>
    CanonicalUser,
}

/// <summary>One value of a <c>Principal</c>/<c>NotPrincipal</c> element.</summary>
/// <param name="Kind">What it names.</param>
/// <param name="Value">The value as written.</param>
/// <param name="Account">The account, for <see cref="PrincipalEntryKind.Account"/> and ARNs.</param>
/// <param name="Location">Where it is.</param>
public sealed record PrincipalEntry(PrincipalEntryKind Kind, string Value, string? Account, ElementLocation Location);
