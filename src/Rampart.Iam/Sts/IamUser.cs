using Rampart.Iam.Policies;

namespace Rampart.Iam.Sts;

/// <summary>An IAM user: its identity policies, boundary, tags and MFA devices.</summary>
/// <param name="Arn">The user's ARN, path included.</param>
/// <param name="UserId">The unique id (<c>AIDA…</c>) that <c>aws:userid</c> reports.</param>
/// <param name="Policies">Inline and managed policies of the user and its groups.</param>
/// <param name="PermissionsBoundary">The permissions boundary, if any.</param>
/// <param name="Tags">The user's tags (<c>aws:PrincipalTag/…</c>).</param>
/// <param name="MfaDevices">Virtual MFA devices assigned to the user.</param>
public sealed record IamUser(
    string Arn,
    string UserId,
    IReadOnlyList<PolicyDocument> Policies,
    PolicyDocument? PermissionsBoundary,
    IReadOnlyDictionary<string, string> Tags,
    IReadOnlyList<MfaDevice> MfaDevices)
{
    /// <summary>The user name: the last part of the ARN.</summary>
    public string Name => Arn[(Arn.LastIndexOf('/') + 1)..];

    /// <summary>The account the user is in.</summary>
    public string Account => Arn.Split(':')[4];
}
