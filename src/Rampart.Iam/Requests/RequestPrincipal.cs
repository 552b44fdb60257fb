using Rampart.Core;

namespace Rampart.Iam.Requests;

/// <summary>
/// The caller of a request, from its ARN. For a role session the role ARN (without path, as the
/// session ARN carries none) is kept for matching <c>Principal</c> elements that name the role.
/// </summary>
public sealed record RequestPrincipal(string Arn, PrincipalKind Kind, string Partition, string Account, string Name, string? RoleArn)
{
    /// <summary>True for a role session or a federated user: the principals a session policy can apply to.</summary>
    public bool IsSession => Kind is PrincipalKind.AssumedRole or PrincipalKind.FederatedUser;

    /// <summary>The account principal ARN, <c>arn:PARTITION:iam::ACCOUNT:root</c>.</summary>
    public string AccountArn => $"arn:{Partition}:iam::{Account}:root";

    /// <summary>Parses a caller ARN: an IAM user, a role session or a federated user.</summary>
    public static ParseResult<RequestPrincipal> Parse(string text)
    {
        var parsed = Core.Arn.Parse(text);
        if (!parsed.Succeeded)
        {
            return ParseResult<RequestPrincipal>.Failure(parsed.Diagnostics);
        }

        var arn = parsed.Value;
        if (!AccountId.IsValid(arn.Account))
        {
            return Fail(text, "the principal's account must be 12 digits");
        }

        if (arn.Service == "iam" && arn.Resource.StartsWith("user/", StringComparison.Ordinal) && arn.Resource.Length > 5)
        {
            var name = arn.Resource[(arn.Resource.LastIndexOf('/') + 1)..];
            return ParseResult<RequestPrincipal>.Success(new(text, PrincipalKind.User, arn.Partition, arn.Account, name, null));
        }

        if (arn.Service == "sts" && arn.Resource.StartsWith("assumed-role/", StringComparison.Ordinal))
        {
            var parts = arn.Resource.Split('/');
            if (parts.Length != 3 || parts[1].Length == 0 || parts[2].Length == 0)
            {
                return Fail(text, "a role session is `assumed-role/ROLE/SESSION`");
            }

            var role = $"arn:{arn.Partition}:iam::{arn.Account}:role/{parts[1]}";
            return ParseResult<RequestPrincipal>.Success(new(text, PrincipalKind.AssumedRole, arn.Partition, arn.Account, parts[2], role));
        }

        if (arn.Service == "sts" && arn.Resource.StartsWith("federated-user/", StringComparison.Ordinal) && arn.Resource.Length > 15)
        {
            return ParseResult<RequestPrincipal>.Success(new(text, PrincipalKind.FederatedUser, arn.Partition, arn.Account, arn.Resource[15..], null));
        }

        return Fail(text, "the principal must be an IAM user, a role session (`assumed-role/…`) or a federated user");
    }

    private static ParseResult<RequestPrincipal> Fail(string text, string reason) =>
        ParseResult<RequestPrincipal>.Failure(Diagnostic.Error("iam.principal", $"invalid principal `{text}`: {reason}"));
}
