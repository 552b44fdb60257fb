namespace Rampart.Iam.Policies;

/// <summary>
/// Size quotas by policy type (IAM and STS quotas, Organizations quotas, S3 bucket policies), in
/// characters excluding whitespace as IAM counts them.
/// </summary>
public static class PolicyLimits
{
    /// <summary>The largest document accepted for <paramref name="type"/>.</summary>
    public static int MaxCharacters(PolicyType type) => type switch
    {
        PolicyType.Identity => 10240,
        PolicyType.PermissionBoundary => 6144,
        PolicyType.Trust => 4096,
        PolicyType.Session => 2048,
        PolicyType.ServiceControl or PolicyType.ResourceControl => 5120,
        _ => 20480,
    };
}
