namespace Rampart.Iam.Organizations;

/// <summary>What the organization layer needs to know about a request.</summary>
/// <param name="PrincipalAccount">The caller's account.</param>
/// <param name="ResourceAccount">The resource's account.</param>
/// <param name="Service">The service prefix of the action (<c>s3</c>, <c>kms</c>, …).</param>
/// <param name="IsServiceLinkedRole">True when the caller is a session of a service-linked role (path <c>/aws-service-role/</c>).</param>
public sealed record ApplicableCaller(string PrincipalAccount, string ResourceAccount, string Service, bool IsServiceLinkedRole)
{
    /// <summary>True when a role ARN (as in <c>aws:PrincipalArn</c>) is a service-linked role's.</summary>
    public static bool IsServiceLinkedRoleArn(string? roleArn) =>
        roleArn is not null && roleArn.Contains(":role/aws-service-role/", StringComparison.Ordinal);
}
