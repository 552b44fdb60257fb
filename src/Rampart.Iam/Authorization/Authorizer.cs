using Rampart.Iam.Conditions;
using Rampart.Iam.Policies;
using Rampart.Iam.Requests;

namespace Rampart.Iam.Authorization;

/// <summary>
/// Decides a request against the policies that apply to it, following AWS's policy evaluation
/// logic (IAM User Guide, "Policy evaluation logic", "Cross-account policy evaluation logic",
/// "Permissions boundaries", "Session policies"):
/// <list type="number">
/// <item>an applicable <c>Deny</c> in any policy wins (resource-policy denies apply when their principal covers the caller);</item>
/// <item>every SCP level needs an applicable <c>Allow</c>; every RCP level has the implied <c>RCPFullAWSAccess</c>;</item>
/// <item>same account: a resource-policy grant to the caller's own ARN (or <c>*</c>) allows on its own;
/// a grant to the session's role is still limited by the boundary and the session policy;
/// otherwise identity policies must allow, within the boundary and the session policy;</item>
/// <item>cross account: the resource policy must name the caller, its role or its account, and the
/// identity side (identity policies within boundary and session policy) must allow as well;</item>
/// <item>KMS keys and role trust need their resource policy even within one account.</item>
/// </list>
/// Pure: no I/O, no clock, no shared state.
/// </summary>
public static class Authorizer
{
    private const string CallerIdentity = "sts:GetCallerIdentity needs no permission";
    private const string DeniedExplicitly = "an applicable Deny statement denies the request";
    private const string ScpLevelNoAllow = "an SCP level has no statement that allows the request";
    private const string DirectGrant = "the resource-based policy grants the caller directly (same account)";
    private const string RoleGrant = "the resource-based policy grants the session's role (same account), within boundary and session policy";
    private const string IdentityAllows = "identity-based policies allow it, within every boundary";
    private const string CrossAllows = "cross-account: the resource-based policy and the caller's identity side both allow it";
    private const string NoIdentityAllow = "no identity-based policy allows the request";
    private const string BoundaryNoAllow = "the permissions boundary does not allow the request";
    private const string SessionNoAllow = "the session policy does not allow the request (a federated user without one has no identity-based permissions)";
    private const string ResourcePolicyRequired = "the resource's own policy (key policy or trust policy) does not allow the caller or its account";
    private const string CrossNoResourceAllow = "cross-account: the resource-based policy does not allow the caller";

    /// <summary>Decides, with the deciding statements and per-condition results when <paramref name="explain"/>.</summary>
    public static AuthorizationResult Authorize(AuthorizationRequest request, PolicySet policies, bool explain = false)
    {
        var hits = explain ? new List<DecidingStatement>() : null;
        var decision = Evaluate(request, policies, hits, out var reason);
        IReadOnlyList<DecidingStatement> deciding = hits is null ? [] : Relevant(hits, decision);
        return new AuthorizationResult(decision, reason, deciding);
    }

    /// <summary>Decides only: the fast path, no explanation, no allocation on common policies.</summary>
    public static Decision Decide(AuthorizationRequest request, PolicySet policies) => Evaluate(request, policies, null, out _);

    private static Decision Evaluate(AuthorizationRequest request, PolicySet policies, List<DecidingStatement>? hits, out string reason)
    {
        if (ServiceRules.IsAlwaysAllowed(request))
        {
            reason = CallerIdentity;
            return Decision.Allow;
        }

        var deny = false;
        var identity = ScanList(policies.IdentityPolicies, PolicyType.Identity, null, request, hits, ref deny);
        var hasBoundary = policies.PermissionBoundaries.Count > 0;
        var boundary = !hasBoundary || ScanList(policies.PermissionBoundaries, PolicyType.PermissionBoundary, null, request, hits, ref deny);
        // A federated-user session created without a session policy has no permissions from
        // identity-based policies (IAM User Guide, "Permissions for GetFederationToken").
        var session = policies.SessionPolicy is null
            ? request.Principal.Kind != PrincipalKind.FederatedUser
            : Scan(policies.SessionPolicy, PolicyType.Session, 0, null, request, hits, ref deny);
        var scpLevelsAllow = true;
        for (var level = 0; level < policies.ServiceControlPolicies.Count; level++)
        {
            scpLevelsAllow &= ScanList(policies.ServiceControlPolicies[level], PolicyType.ServiceControl, level, request, hits, ref deny);
        }

        for (var level = 0; level < policies.ResourceControlPolicies.Count; level++)
        {
            ScanList(policies.ResourceControlPolicies[level], PolicyType.ResourceControl, level, request, hits, ref deny);
        }

        var grant = policies.ResourcePolicy is null
            ? PrincipalMatch.None
            : ScanResourcePolicy(policies.ResourcePolicy, request, hasBoundary, hits, ref deny);

        if (deny)
        {
            reason = DeniedExplicitly;
            return Decision.ExplicitDeny;
        }

        if (!scpLevelsAllow)
        {
            reason = ScpLevelNoAllow;
            return Decision.ImplicitDeny;
        }

        if (!request.IsCrossAccount)
        {
            if (grant == PrincipalMatch.Direct)
            {
                reason = DirectGrant;
                return Decision.Allow;
            }

            if (grant == PrincipalMatch.Role && boundary && session)
            {
                reason = RoleGrant;
                return Decision.Allow;
            }

            if (grant == PrincipalMatch.None && ServiceRules.RequiresResourcePolicy(request))
            {
                reason = ResourcePolicyRequired;
                return Decision.ImplicitDeny;
            }

            return IdentitySide(identity, boundary, session, IdentityAllows, out reason);
        }

        if (grant == PrincipalMatch.None)
        {
            reason = CrossNoResourceAllow;
            return Decision.ImplicitDeny;
        }

        return IdentitySide(identity, boundary, session, CrossAllows, out reason);
    }

    private static Decision IdentitySide(bool identity, bool boundary, bool session, string allowReason, out string reason)
    {
        reason = !identity ? NoIdentityAllow : !boundary ? BoundaryNoAllow : !session ? SessionNoAllow : allowReason;
        return identity && boundary && session ? Decision.Allow : Decision.ImplicitDeny;
    }

    private static bool ScanList(IReadOnlyList<PolicyDocument> documents, PolicyType kind, int? level, AuthorizationRequest request, List<DecidingStatement>? hits, ref bool deny)
    {
        var allow = false;
        for (var i = 0; i < documents.Count; i++)
        {
            allow |= Scan(documents[i], kind, i, level, request, hits, ref deny);
        }

        return allow;
    }

    /// <summary>Scans one identity-side policy (or SCP/RCP); returns true when a statement allows.</summary>
    private static bool Scan(PolicyDocument document, PolicyType kind, int index, int? level, AuthorizationRequest request, List<DecidingStatement>? hits, ref bool deny)
    {
        var allow = false;
        foreach (var statement in document.Statements)
        {
            if (statement.Effect == Effect.Allow && allow && hits is null)
            {
                continue;
            }

            if (statement.Effect == Effect.Deny && deny && hits is null)
            {
                continue;
            }

            if (kind == PolicyType.ResourceControl && statement.Principal is { IsEveryone: false })
            {
                continue;
            }

            if (!statement.AppliesTo(request) || !statement.ConditionsHold(request.Context))
            {
                continue;
            }

            if (statement.Effect == Effect.Deny)
            {
                deny = true;
            }
            else
            {
                allow = true;
            }

            hits?.Add(Hit(new StatementRef(kind, index, level, statement), null, request.Context));
        }

        return allow;
    }

    private static PrincipalMatch ScanResourcePolicy(PolicyDocument document, AuthorizationRequest request, bool hasBoundary, List<DecidingStatement>? hits, ref bool deny)
    {
        var best = PrincipalMatch.None;
        foreach (var statement in document.Statements)
        {
            var principal = statement.Principal!;
            PrincipalMatch match;
            if (principal.IsNot)
            {
                // A NotPrincipal Deny always applies to a principal with a permissions boundary
                // (IAM User Guide, "Permissions boundaries for IAM entities").
                match = !principal.Exempts(request) || (hasBoundary && statement.Effect == Effect.Deny) ? PrincipalMatch.Direct : PrincipalMatch.None;
            }
            else
            {
                match = principal.Match(request);
            }

            if (match == PrincipalMatch.None || !statement.AppliesTo(request) || !statement.ConditionsHold(request.Context))
            {
                continue;
            }

            if (statement.Effect == Effect.Deny)
            {
                deny = true;
            }
            else if (match > best)
            {
                best = match;
            }

            hits?.Add(Hit(new StatementRef(document.Type, 0, null, statement), match, request.Context));
        }

        return best;
    }

    private static DecidingStatement Hit(StatementRef reference, PrincipalMatch? match, RequestContext context)
    {
        var outcomes = new List<ConditionOutcome>(reference.Statement.Conditions.Length);
        foreach (var clause in reference.Statement.Conditions)
        {
            outcomes.Add(clause.Explain(context));
        }

        return new DecidingStatement(reference, reference.Statement.Effect, match, outcomes);
    }

    private static List<DecidingStatement> Relevant(List<DecidingStatement> hits, Decision decision)
    {
        var wanted = decision == Decision.ExplicitDeny ? Effect.Deny : Effect.Allow;
        return hits.FindAll(h => h.Effect == wanted);
    }
}
