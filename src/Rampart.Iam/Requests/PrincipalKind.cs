namespace Rampart.Iam.Requests;

/// <summary>What kind of caller made a request.</summary>
public enum PrincipalKind
{
    /// <summary>An IAM user: <c>arn:aws:iam::ACCOUNT:user/[path/]NAME</c>.</summary>
    User,

    /// <summary>A role session: <c>arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION</c>.</summary>
    AssumedRole,

    /// <summary>A federated user: <c>arn:aws:sts::ACCOUNT:federated-user/NAME</c>.</summary>
    FederatedUser,
}
