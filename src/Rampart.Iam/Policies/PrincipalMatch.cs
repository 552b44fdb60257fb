namespace Rampart.Iam.Policies;

/// <summary>
/// How a resource-policy statement's principal element covers the caller. The kind matters: AWS
/// treats a grant to the caller's own ARN differently from one to its role or to its account.
/// </summary>
public enum PrincipalMatch
{
    /// <summary>The statement does not apply to the caller.</summary>
    None,

    /// <summary>The statement names the caller's account: the account's own policies must also allow.</summary>
    Account,

    /// <summary>The statement names the role of the caller's role session.</summary>
    Role,

    /// <summary>The statement names the caller itself (user, session or federated-user ARN), or everyone.</summary>
    Direct,
}
