namespace Rampart.Iam.Reference;

/// <summary>
/// The decision, step by step as IAM User Guide › Policy evaluation logic › "Determining whether a
/// request is allowed or denied within an account" and › "Cross-account policy evaluation logic"
/// describe it:
/// <list type="number">
/// <item><c>sts:GetCallerIdentity</c> needs no permission and cannot be denied (AWS STS API Reference › GetCallerIdentity).</item>
/// <item>Deny evaluation: an applicable <c>Deny</c> in any policy of any type is final.</item>
/// <item>RCPs: <c>RCPFullAWSAccess</c> is attached at every level and cannot be detached, so every
/// RCP level allows; RCPs act only through their denies.</item>
/// <item>SCPs: every level from the root to the account must have an applicable <c>Allow</c>.</item>
/// <item>Same account: the resource-based policy and the identity-based policies are a union, but how
/// far a resource-policy grant reaches depends on the principal it names (see <see cref="PrincipalMatch"/>);
/// IAM role trust policies and KMS key policies must themselves allow the caller.</item>
/// <item>Principal side: identity-based allow, within the permissions boundary and the session policy
/// (a federated-user session without a session policy has no permissions).</item>
/// <item>Cross account: both the principal side and the resource-based policy must allow.</item>
/// </list>
/// </summary>
internal static class ReferenceAuthorizer
{
    public static string Decide(EvaluationCase c)
    {
        var request = c.Request;

        // "No permissions are required to perform this operation. If an administrator attaches a policy to your
        // identity that explicitly denies access to the sts:GetCallerIdentity action, you can still perform this
        // operation." (AWS STS API Reference › GetCallerIdentity)
        if (string.Equals(request.Action, "sts:GetCallerIdentity", StringComparison.OrdinalIgnoreCase))
        {
            return Decision.Allow;
        }

        if (HasExplicitDeny(c))
        {
            return Decision.ExplicitDeny;
        }

        if (c.ServiceControlPolicies.Any(level => !AnyAllows(level, request)))
        {
            return Decision.ImplicitDeny;
        }

        var identityAllows = AnyAllows(c.IdentityPolicies, request);
        var boundaryAllows = c.PermissionBoundaries.Count == 0 || AnyAllows(c.PermissionBoundaries, request);
        var sessionAllows = request.Caller.Kind switch
        {
            CallerKind.RoleSession => c.SessionPolicy is null || AnyAllows([c.SessionPolicy], request),
            CallerKind.FederatedUser => c.SessionPolicy is not null && AnyAllows([c.SessionPolicy], request),
            _ => true,
        };
        var resourceGrant = ResourcePolicyGrant(c);

        if (request.IsCrossAccount)
        {
            return identityAllows && boundaryAllows && sessionAllows && resourceGrant != PrincipalMatch.None
                ? Decision.Allow
                : Decision.ImplicitDeny;
        }

        if (resourceGrant == PrincipalMatch.Direct)
        {
            return Decision.Allow;
        }

        var permissionsGranted = MustBeAllowedByResourcePolicy(c)
            ? resourceGrant == PrincipalMatch.Role || (resourceGrant == PrincipalMatch.Account && identityAllows)
            : resourceGrant == PrincipalMatch.Role || identityAllows;
        return permissionsGranted && boundaryAllows && sessionAllows ? Decision.Allow : Decision.ImplicitDeny;
    }

    /// <summary>An applicable Deny anywhere; a resource-policy Deny applies only when it names the caller (RCPs name <c>*</c>).</summary>
    private static bool HasExplicitDeny(EvaluationCase c)
    {
        var request = c.Request;
        IEnumerable<Policy> withoutPrincipalElement = [.. c.IdentityPolicies, .. c.PermissionBoundaries, .. c.ServiceControlPolicies.SelectMany(l => l),
            .. c.ResourceControlPolicies.SelectMany(l => l), .. (c.SessionPolicy is null ? [] : new[] { c.SessionPolicy })];
        var denied = withoutPrincipalElement.Any(p => p.Statements.Any(s => !StatementMatcher.IsAllow(s) && StatementMatcher.Applies(s, request, p.VariablesEnabled)));
        return denied || (c.ResourcePolicy is { } resourcePolicy && resourcePolicy.Statements.Any(s =>
            !StatementMatcher.IsAllow(s) && NamesCaller(s, c) != PrincipalMatch.None && StatementMatcher.Applies(s, request, resourcePolicy.VariablesEnabled)));
    }

    private static bool AnyAllows(IEnumerable<Policy> policies, AuthorizationRequest request) =>
        policies.Any(p => p.Statements.Any(s => StatementMatcher.IsAllow(s) && StatementMatcher.Applies(s, request, p.VariablesEnabled)));

    /// <summary>The strongest way an applicable <c>Allow</c> of the resource-based policy names the caller.</summary>
    private static PrincipalMatch ResourcePolicyGrant(EvaluationCase c)
    {
        if (c.ResourcePolicy is not { } policy)
        {
            return PrincipalMatch.None;
        }

        return policy.Statements
            .Where(s => StatementMatcher.IsAllow(s) && StatementMatcher.Applies(s, c.Request, policy.VariablesEnabled))
            .Select(s => NamesCaller(s, c))
            .DefaultIfEmpty(PrincipalMatch.None)
            .Max();
    }

    /// <summary>
    /// How a resource-policy statement names the caller. A <c>NotPrincipal</c> statement names everyone
    /// it does not exempt (<see cref="PrincipalMatcher.Exempts"/>); and "the NotPrincipal element with a
    /// Deny effect will always deny any IAM principal that has a permissions boundary policy attached"
    /// (IAM User Guide › Permissions boundaries for IAM entities; Policy elements: NotPrincipal).
    /// </summary>
    private static PrincipalMatch NamesCaller(System.Text.Json.JsonElement statement, EvaluationCase c)
    {
        if (statement.TryGetProperty("Principal", out var principal))
        {
            return PrincipalMatcher.Match(principal, c.Request.Caller);
        }

        var exempt = PrincipalMatcher.Exempts(statement.GetProperty("NotPrincipal"), c.Request.Caller);
        return exempt && c.PermissionBoundaries.Count == 0 ? PrincipalMatch.None : PrincipalMatch.Direct;
    }

    /// <summary>
    /// "IAM role trust policies and KMS key policies are exceptions to this logic, because they must
    /// explicitly allow access for principals" (Policy evaluation logic › Resource-based policies):
    /// the trust policy of a role for <c>sts:</c> actions on it, and the key policy of a KMS key. Every
    /// role has a trust policy and every key a key policy, so a case that lists none has nothing that allows.
    /// </summary>
    private static bool MustBeAllowedByResourcePolicy(EvaluationCase c)
    {
        var parts = c.Request.Resource.Split(':', 6);
        return parts.Length == 6
            && ((parts[2] == "kms" && parts[5].StartsWith("key/", StringComparison.Ordinal))
                || (parts[2] == "iam" && parts[5].StartsWith("role/", StringComparison.Ordinal) && c.Request.Action.StartsWith("sts:", StringComparison.OrdinalIgnoreCase)));
    }
}
