using System.Text.Json;

namespace Rampart.Iam.Reference;

/// <summary>
/// Matches a <c>Principal</c>/<c>NotPrincipal</c> element against the caller (IAM User Guide ›
/// Policy elements: Principal). Only <c>"AWS"</c> principals can name our callers; <c>Service</c>,
/// <c>Federated</c> and <c>CanonicalUser</c> principals never do. A role ARN names every session of
/// that role (role names are unique in an account, so the path does not take part).
/// </summary>
internal static class PrincipalMatcher
{
    public static PrincipalMatch Match(JsonElement principal, Caller caller)
    {
        if (principal.ValueKind == JsonValueKind.String)
        {
            return PrincipalMatch.Direct; // validated: the only string form is "*"
        }

        var best = PrincipalMatch.None;
        foreach (var property in principal.EnumerateObject())
        {
            if (property.Name != "AWS")
            {
                continue;
            }

            foreach (var value in JsonStrings.Of(property.Value))
            {
                var match = MatchOne(value, caller);
                best = match > best ? match : best;
            }
        }

        return best;
    }

    /// <summary>
    /// Whether a <c>NotPrincipal</c> element exempts the caller. "AWS might validate the account first,
    /// then the role, and then the assumed-role user", so every identity of the caller's chain must be
    /// listed: the account and the user; the account, the role and the role session; the account and the
    /// federated user (IAM User Guide › Policy elements: NotPrincipal › NotPrincipal with Deny).
    /// </summary>
    public static bool Exempts(JsonElement notPrincipal, Caller caller)
    {
        if (notPrincipal.ValueKind == JsonValueKind.String)
        {
            return true; // "*"
        }

        var listed = notPrincipal.EnumerateObject()
            .Where(p => p.Name == "AWS")
            .SelectMany(p => JsonStrings.Of(p.Value))
            .Select(value => (Value: value, Match: MatchOne(value, caller)))
            .ToList();
        bool Lists(PrincipalMatch kind) => listed.Any(l => l.Match == kind);
        return listed.Any(l => l.Value == "*")
            || (Lists(PrincipalMatch.Account)
                && listed.Any(l => l.Value == caller.Arn)
                && (caller.Kind != CallerKind.RoleSession || Lists(PrincipalMatch.Role)));
    }

    private static PrincipalMatch MatchOne(string value, Caller caller)
    {
        if (value == "*")
        {
            return PrincipalMatch.Direct;
        }

        if (Caller.IsAccountId(value))
        {
            return value == caller.Account ? PrincipalMatch.Account : PrincipalMatch.None;
        }

        var parts = value.Split(':', 6);
        if (parts.Length != 6 || parts[1] != caller.Partition || parts[4] != caller.Account)
        {
            return PrincipalMatch.None;
        }

        if (parts[2] == "iam" && parts[5] == "root")
        {
            return PrincipalMatch.Account;
        }

        if (parts[2] == "iam" && parts[5].StartsWith("role/", StringComparison.Ordinal))
        {
            return caller.Kind == CallerKind.RoleSession && parts[5].Split('/')[^1] == caller.RoleName
                ? PrincipalMatch.Role
                : PrincipalMatch.None;
        }

        return value == caller.Arn ? PrincipalMatch.Direct : PrincipalMatch.None;
    }
}
