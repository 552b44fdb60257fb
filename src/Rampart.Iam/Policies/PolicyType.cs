namespace Rampart.Iam.Policies;

/// <summary>The kinds of policy document AWS evaluates; each has its own validation rules.</summary>
public enum PolicyType
{
    /// <summary>An identity-based policy of a user, group or role (inline or managed).</summary>
    Identity,

    /// <summary>A resource-based policy: S3 bucket policy, KMS key policy, Lambda function policy, …</summary>
    Resource,

    /// <summary>An IAM role trust policy (the role's resource-based policy).</summary>
    Trust,

    /// <summary>A permissions boundary of a user or role.</summary>
    PermissionBoundary,

    /// <summary>An AWS Organizations service control policy.</summary>
    ServiceControl,

    /// <summary>An AWS Organizations resource control policy.</summary>
    ResourceControl,

    /// <summary>A session policy passed to AssumeRole or GetFederationToken.</summary>
    Session,
}
