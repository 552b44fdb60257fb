namespace Rampart.Iam.Sts;

/// <summary>What signs a request.</summary>
public enum CredentialKind
{
    /// <summary>An IAM user's long-term access key.</summary>
    UserAccessKey,

    /// <summary>Temporary credentials of a user from GetSessionToken.</summary>
    UserSession,

    /// <summary>Temporary credentials of a role session from AssumeRole.</summary>
    RoleSession,
}
