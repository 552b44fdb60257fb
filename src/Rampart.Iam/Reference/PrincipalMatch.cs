namespace Rampart.Iam.Reference;

/// <summary>
/// How a resource-based policy's <c>Principal</c> names the caller, weakest first. The order
/// matters for same-account requests (IAM User Guide › Policy evaluation logic › Determining
/// whether a request is allowed or denied within an account › Resource-based policies):
/// <list type="bullet">
/// <item><see cref="Account"/>: the caller's account (<c>123456789012</c> or <c>arn:aws:iam::123456789012:root</c>);
/// this delegates to the account's identity-based policies and grants nothing by itself.</item>
/// <item><see cref="Role"/>: the ARN of the role the session belongs to; "limited by an implicit deny
/// in a permissions boundary or session policy".</item>
/// <item><see cref="Direct"/>: the IAM user ARN, the role-session ARN, the federated-user ARN, or
/// <c>*</c> (everyone); "not limited by an implicit deny in an identity-based policy, a permissions
/// boundary, or session policy".</item>
/// </list>
/// </summary>
internal enum PrincipalMatch
{
    None,
    Account,
    Role,
    Direct,
}
