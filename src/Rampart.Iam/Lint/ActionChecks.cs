using Rampart.Core;
using Rampart.Iam.Policies;

namespace Rampart.Iam.Lint;

/// <summary>Checks of <c>Action</c>/<c>NotAction</c> against the service authorization catalog.</summary>
public static class ActionChecks
{
    /// <summary>The checks in this group.</summary>
    public static IReadOnlyList<LintCheck> All { get; } =
    [
        new(
            "unknown-service",
            LintSeverity.Error,
            "action names an unknown service",
            "The service prefix of the action is not in the Service Authorization Reference, so the pattern matches nothing. Check the prefix (for example `states`, not `stepfunctions`).",
            DocsUrl.ServiceAuthorization,
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"stepfunctions:StartExecution","Resource":"*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"states:StartExecution","Resource":"*"}]}"""),
            c => Patterns(c).Where(p => Service(p.Text) is { } s && !ArnText.IsOpen(s) && c.Catalog.FindService(s) is null)
                .Select(p => new LintHit($"`{p.Text}`: unknown service prefix `{Service(p.Text)}`", p.Location))),
        new(
            "unknown-action",
            LintSeverity.Error,
            "action does not exist",
            "The service has no action of that name, so the statement never applies to it. Check the spelling against the Service Authorization Reference.",
            DocsUrl.ServiceAuthorization,
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObjects","Resource":"arn:aws:s3:::reports/*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}"""),
            c => Patterns(c).Where(p => !Wildcard.HasWildcard(p.Text) && KnownService(c, p.Text) && c.Catalog.FindAction(p.Text) is null)
                .Select(p => new LintHit($"`{p.Text}`: service `{Service(p.Text)}` has no action `{Name(p.Text)}`", p.Location))),
        new(
            "action-matches-nothing",
            LintSeverity.Error,
            "action wildcard matches no action",
            "The wildcard pattern matches no action of its service, so it grants or denies nothing.",
            DocsUrl.Iam + "reference_policies_elements_action.html",
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Gett*","Resource":"*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}]}"""),
            c => Patterns(c).Where(p => Wildcard.HasWildcard(p.Text) && p.Text != "*" && KnownService(c, p.Text) && !c.Catalog.MatchActions(p.Text).Any())
                .Select(p => new LintHit($"`{p.Text}` matches no action of `{Service(p.Text)}`", p.Location))),
        new(
            "wildcard-service",
            LintSeverity.Warning,
            "wildcard in the service prefix",
            "A wildcard in the service part (`*:Get*`, `s*:*`) reaches actions of many services, including services added later. Name the services.",
            DocsUrl.Iam + "reference_policies_elements_action.html",
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*:Describe*","Resource":"*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ec2:Describe*","rds:Describe*"],"Resource":"*"}]}"""),
            c => Patterns(c).Where(p => Service(p.Text) is { } s && ArnText.IsOpen(s))
                .Select(p => new LintHit($"`{p.Text}` has a wildcard in its service prefix `{Service(p.Text)}`", p.Location))),
        new(
            "redundant-action",
            LintSeverity.Suggestion,
            "action already covered in the statement",
            "Another pattern of the same statement already covers this action; remove it to keep the policy short (policy size is limited).",
            DocsUrl.Iam + "reference_policies_elements_action.html",
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:Get*","s3:GetObject"],"Resource":"*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}]}"""),
            RedundantActions),
        new(
            "action-casing",
            LintSeverity.Suggestion,
            "action not written as AWS writes it",
            "Actions match case-insensitively, but writing them as the Service Authorization Reference does (`s3:GetObject`) keeps policies searchable and reviewable.",
            DocsUrl.ServiceAuthorization,
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:getobject","Resource":"arn:aws:s3:::reports/*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}"""),
            c => Patterns(c).Where(p => !Wildcard.HasWildcard(p.Text) && c.Catalog.FindAction(p.Text) is { } a && a.FullName != p.Text)
                .Select(p => new LintHit($"`{p.Text}` is written `{c.Catalog.FindAction(p.Text)!.FullName}` by AWS", p.Location))),
    ];

    /// <summary>Every action pattern of every statement, with its location.</summary>
    public static IEnumerable<(string Text, ElementLocation Location)> Patterns(LintContext context) =>
        context.Statements.SelectMany(s => s.Action.Patterns.Select((p, i) => (p, s.Action.Locations[i])));

    private static string? Service(string pattern) => pattern.IndexOf(':', StringComparison.Ordinal) is > 0 and var i ? pattern[..i] : null;

    private static string Name(string pattern) => pattern[(pattern.IndexOf(':', StringComparison.Ordinal) + 1)..];

    private static bool KnownService(LintContext context, string pattern) =>
        Service(pattern) is { } s && !ArnText.IsOpen(s) && context.Catalog.FindService(s) is not null;

    private static IEnumerable<LintHit> RedundantActions(LintContext context) =>
        context.Statements.SelectMany(s => Redundancy.Find(s.Action.Patterns, Covers).Select(p =>
            new LintHit($"`{s.Action.Patterns[p.Redundant]}` is already covered by `{s.Action.Patterns[p.Covering]}`", s.Action.Locations[p.Redundant])));

    private static bool Covers(string wide, string narrow) =>
        string.Equals(wide, narrow, StringComparison.OrdinalIgnoreCase) || (Wildcard.HasWildcard(wide) && !Wildcard.HasWildcard(narrow) && Wildcard.IsMatch(wide, narrow, ignoreCase: true));
}
