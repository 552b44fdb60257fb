using Rampart.Iam.Policies;

namespace Rampart.Iam.Sts;

/// <summary>An IAM role: who may assume it (trust policy), what its sessions may do, and for how long.</summary>
/// <param name="Arn">The role's ARN, path included.</param>
/// <param name="RoleId">The unique id (<c>AROA…</c>) that starts <c>aws:userid</c> of its sessions.</param>
/// <param name="TrustPolicy">The role trust policy.</param>
/// <param name="Policies">Inline and managed identity policies.</param>
/// <param name="PermissionsBoundary">The permissions boundary, if any.</param>
/// <param name="MaxSessionDuration">The longest session AssumeRole may grant, 3600 to 43200 seconds.</param>
/// <param name="Tags">The role's tags (<c>aws:PrincipalTag/…</c> of its sessions unless a session tag overrides them).</param>
public sealed record IamRole(
    string Arn,
    string RoleId,
    PolicyDocument TrustPolicy,
    IReadOnlyList<PolicyDocument> Policies,
    PolicyDocument? PermissionsBoundary,
    int MaxSessionDuration,
    IReadOnlyDictionary<string, string> Tags)
{
    /// <summary>The role name: the last part of the ARN.</summary>
    public string Name => Arn[(Arn.LastIndexOf('/') + 1)..];

    /// <summary>The account the role is in.</summary>
    public string Account => Arn.Split(':')[4];

    /// <summary>The partition of the role.</summary>
    public string Partition => Arn.Split(':')[1];
}
