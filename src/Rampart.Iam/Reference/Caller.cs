namespace Rampart.Iam.Reference;

/// <summary>
/// The principal making the request: an IAM user, a role session
/// (<c>arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION</c>) or a federated-user session
/// (IAM User Guide › Policy elements: Principal › Role session principals, AWS STS federated user principals).
/// </summary>
internal sealed record Caller(CallerKind Kind, string Arn, string Partition, string Account, string? RoleName)
{
    /// <summary>Reads a caller ARN; null when it is not a user, role-session or federated-user ARN.</summary>
    public static Caller? Parse(string arn)
    {
        var parts = arn.Split(':', 6);
        if (parts.Length != 6 || parts[0] != "arn" || parts[1].Length == 0 || parts[3].Length != 0 || !IsAccountId(parts[4]))
        {
            return null;
        }

        var resource = parts[5];
        if (parts[2] == "iam" && resource.StartsWith("user/", StringComparison.Ordinal) && !resource.EndsWith('/'))
        {
            return new Caller(CallerKind.User, arn, parts[1], parts[4], null);
        }

        if (parts[2] == "sts" && resource.Split('/') is ["assumed-role", { Length: > 0 } role, { Length: > 0 }])
        {
            return new Caller(CallerKind.RoleSession, arn, parts[1], parts[4], role);
        }

        if (parts[2] == "sts" && resource.Split('/') is ["federated-user", { Length: > 0 }])
        {
            return new Caller(CallerKind.FederatedUser, arn, parts[1], parts[4], null);
        }

        return null;
    }

    public static bool IsAccountId(string text) => text.Length == 12 && text.All(char.IsAsciiDigit);
}
