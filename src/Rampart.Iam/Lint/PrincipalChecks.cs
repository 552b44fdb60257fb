using Rampart.Iam.Policies;

namespace Rampart.Iam.Lint;

/// <summary>Checks of <c>Principal</c>/<c>NotPrincipal</c> in resource-based and trust policies.</summary>
public static class PrincipalChecks
{
    private static readonly string[] SourceKeys = ["aws:sourcearn", "aws:sourceaccount", "aws:sourceorgid", "aws:sourceorgpaths"];

    /// <summary>The checks in this group.</summary>
    public static IReadOnlyList<LintCheck> All { get; } =
    [
        new(
            "public-principal",
            LintSeverity.SecurityWarning,
            "grants access to everyone",
            "`\"Principal\": \"*\"` with `Allow` and no condition lets any AWS principal, in any account, and for some services anonymous callers, use the resource. Name the principals, or add conditions such as `aws:PrincipalOrgID`.",
            DocsUrl.Iam + "reference_policies_elements_principal.html",
            new(PolicyType.Resource,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"}}}]}"""),
            c => c.Document.Type == PolicyType.ResourceControl
                ? []
                : c.Allows.Where(s => s.Principal is { IsNot: false, IsEveryone: true } && !LintContext.HasConditions(s))
                    .Select(s => new LintHit($"statement {s.Label} allows everyone (`\"Principal\": \"*\"`) without a condition", s.Principal!.Location))),
        new(
            "deny-with-not-principal",
            LintSeverity.Warning,
            "Deny with NotPrincipal",
            "`Deny` with `NotPrincipal` exempts a caller only when every link of its identity (account, role, session) is listed, which is easy to get wrong. AWS recommends `\"Principal\": \"*\"` with an `ArnNotEquals` condition on `aws:PrincipalArn`.",
            DocsUrl.Iam + "reference_policies_elements_notprincipal.html",
            new(PolicyType.Resource,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotPrincipal":{"AWS":"arn:aws:iam::111122223333:role/admin"},"Action":"s3:*","Resource":"arn:aws:s3:::reports/*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::reports/*","Condition":{"ArnNotEquals":{"aws:PrincipalArn":"arn:aws:iam::111122223333:role/admin"}}}]}"""),
            c => c.Statements.Where(s => s.Effect == Effect.Deny && s.Principal is { IsNot: true })
                .Select(s => new LintHit($"statement {s.Label} uses `NotPrincipal` with `Deny`; use `aws:PrincipalArn` in a condition", s.Principal!.Location))),
        new(
            "service-principal-without-source",
            LintSeverity.Warning,
            "service principal without a source condition",
            "A resource policy that lets an AWS service act on a resource should say on whose behalf, with `aws:SourceArn` or `aws:SourceAccount`; otherwise another account can make the service act here (the confused deputy problem).",
            DocsUrl.Iam + "confused-deputy.html",
            new(PolicyType.Resource,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:PutObject","Resource":"arn:aws:s3:::trail-logs/AWSLogs/*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:PutObject","Resource":"arn:aws:s3:::trail-logs/AWSLogs/*","Condition":{"StringEquals":{"aws:SourceArn":"arn:aws:cloudtrail:us-east-1:111122223333:trail/org"}}}]}"""),
            c => c.Document.Type != PolicyType.Resource
                ? []
                : c.Allows.Where(s => s.Principal is { IsNot: false } p && p.Entries.Any(e => e.Kind == PrincipalEntryKind.Service)
                        && !LintContext.ConditionKeys(s).Overlaps(SourceKeys))
                    .Select(s => new LintHit($"statement {s.Label} lets a service principal act without `aws:SourceArn` or `aws:SourceAccount`", s.Principal!.Location))),
        new(
            "web-identity-without-subject",
            LintSeverity.SecurityWarning,
            "OIDC trust without a subject condition",
            "A role that trusts an OIDC provider (GitHub Actions, EKS, Cognito, …) without a condition on the token's `sub` can be assumed by any identity that provider issues tokens to, such as any GitHub repository. Add a `StringEquals`/`StringLike` on `<provider>:sub`.",
            DocsUrl.Iam + "id_roles_create_for-idp_oidc.html",
            new(PolicyType.Trust,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"}}}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"},"StringLike":{"token.actions.githubusercontent.com:sub":"repo:acme/deploy:ref:refs/heads/main"}}}]}"""),
            c => c.Allows.Where(s => s.Principal is { IsNot: false } p
                    && p.Entries.Any(e => e.Kind == PrincipalEntryKind.Federated && !e.Value.Contains(":saml-provider/", StringComparison.Ordinal))
                    && !LintContext.ConditionKeys(s).Any(k => k.EndsWith(":sub", StringComparison.Ordinal)))
                .Select(s => new LintHit($"statement {s.Label} trusts an OIDC provider without a condition on the token's `sub`", s.Principal!.Location))),
        new(
            "trust-whole-account",
            LintSeverity.Suggestion,
            "trust policy trusts a whole account without a condition",
            "Trusting an account (its id or `:root`) lets every principal of that account that is allowed `sts:AssumeRole` assume the role. Name the roles, or add a condition such as `aws:PrincipalArn` or `sts:ExternalId` for a third party.",
            DocsUrl.Iam + "id_roles_create_for-user_externalid.html",
            new(PolicyType.Trust,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/ops"},"Action":"sts:AssumeRole"}]}"""),
            c => c.Document.Type != PolicyType.Trust
                ? []
                : c.Allows.Where(s => s.Principal is { IsNot: false } p && p.Entries.Any(e => e.Kind == PrincipalEntryKind.Account) && !LintContext.HasConditions(s))
                    .Select(s => new LintHit($"statement {s.Label} trusts every principal of an account", s.Principal!.Location))),
    ];
}
