using Rampart.Core;
using Rampart.Iam.Policies;

namespace Rampart.Iam.Lint;

/// <summary>Checks of <c>Resource</c>/<c>NotResource</c>: ARN syntax, partitions, regions, accounts and resource types.</summary>
public static class ResourceChecks
{
    /// <summary>The checks in this group.</summary>
    public static IReadOnlyList<LintCheck> All { get; } =
    [
        new(
            "arn-malformed",
            LintSeverity.Error,
            "ARN has fewer than six parts",
            "An ARN has six colon-separated parts: `arn:partition:service:region:account-id:resource`. Empty parts are written as `::`.",
            DocsUrl.Arns,
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:reports/*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}"""),
            c => Resources(c).Where(r => r.Text.StartsWith("arn:", StringComparison.Ordinal) && ArnText.Split(r.Text) is null)
                .Select(r => new LintHit($"`{r.Text}` does not have the six parts `arn:partition:service:region:account-id:resource`", r.Location))),
        new(
            "unknown-partition",
            LintSeverity.Error,
            "ARN names an unknown partition",
            "The partition must be one AWS has: `aws`, `aws-cn`, `aws-us-gov`, or an isolated partition. `${aws:Partition}`-style variables are not available; use `*` or the literal partition.",
            DocsUrl.Arns,
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:amazon:s3:::reports/*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}"""),
            c => Arns(c).Where(a => !ArnText.IsOpen(a.Arn.Partition) && Partition.Find(a.Arn.Partition) is null)
                .Select(a => new LintHit($"`{a.Text}`: unknown partition `{a.Arn.Partition}`", a.Location))),
        new(
            "unknown-region",
            LintSeverity.Warning,
            "ARN names an unknown region",
            "The region part is not a region AWS has, so the ARN matches nothing. Check for typos such as `us-east1`.",
            DocsUrl.Arns,
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"dynamodb:GetItem","Resource":"arn:aws:dynamodb:us-east1:111122223333:table/Orders"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"dynamodb:GetItem","Resource":"arn:aws:dynamodb:us-east-1:111122223333:table/Orders"}]}"""),
            c => Arns(c).Where(a => a.Arn.Region.Length > 0 && !ArnText.IsOpen(a.Arn.Region) && Region.Find(a.Arn.Region) is null)
                .Select(a => new LintHit($"`{a.Text}`: unknown region `{a.Arn.Region}`", a.Location))),
        new(
            "invalid-account",
            LintSeverity.Error,
            "ARN account is not a 12-digit account id",
            "The account part of an ARN is empty (S3 buckets, some global resources), `aws` (AWS managed policies) or exactly 12 digits, leading zeros included.",
            DocsUrl.Arns,
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"dynamodb:GetItem","Resource":"arn:aws:dynamodb:us-east-1:11112222333:table/Orders"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"dynamodb:GetItem","Resource":"arn:aws:dynamodb:us-east-1:011112222333:table/Orders"}]}"""),
            c => Arns(c).Where(a => a.Arn.Account.Length > 0 && a.Arn.Account != "aws" && !ArnText.IsOpen(a.Arn.Account) && !AccountId.IsValid(a.Arn.Account))
                .Select(a => new LintHit($"`{a.Text}`: account `{a.Arn.Account}` is not 12 digits", a.Location))),
        new(
            "arn-unknown-service",
            LintSeverity.Error,
            "ARN names a service with no resources",
            "No resource type of any service has ARNs with this service part, so the ARN matches nothing.",
            DocsUrl.ServiceAuthorization,
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s4:::reports/*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}"""),
            c => Arns(c).Where(a => !ArnText.IsOpen(a.Arn.Service) && !c.Catalog.ResourceTypesForArnService(a.Arn.Service).Any())
                .Select(a => new LintHit($"`{a.Text}`: no resource type has ARNs of service `{a.Arn.Service}`", a.Location))),
        new(
            "arn-matches-no-resource-type",
            LintSeverity.Error,
            "ARN fits no resource type of its service",
            "The ARN does not have the shape of any resource type of its service (for example an IAM role ARN with a region, or an S3 ARN with an account), so it matches no resource.",
            DocsUrl.ServiceAuthorization,
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:GetRole","Resource":"arn:aws:iam:us-east-1:111122223333:role/admin"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:GetRole","Resource":"arn:aws:iam::111122223333:role/admin"}]}"""),
            c => Arns(c).Where(a => !ArnText.IsOpen(a.Arn.Service)
                    && c.Catalog.ResourceTypesForArnService(a.Arn.Service) is var types && types.Any() && !types.Any(t => t.CanMatch(a.Text)))
                .Select(a => new LintHit($"`{a.Text}` fits no resource type of `{a.Arn.Service}`", a.Location))),
        new(
            "action-resource-mismatch",
            LintSeverity.Error,
            "no resource of the statement fits the action",
            "The action acts only on resource types that none of the statement's resources can name, so the statement never applies to it. Split the statement, or add the right ARN (for example `arn:aws:s3:::bucket` for `s3:ListBucket`, `arn:aws:s3:::bucket/*` for `s3:GetObject`).",
            DocsUrl.AccessAnalyzerChecks,
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:ListBucket","s3:GetObject"],"Resource":"arn:aws:s3:::reports/*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:ListBucket","s3:GetObject"],"Resource":["arn:aws:s3:::reports","arn:aws:s3:::reports/*"]}]}"""),
            MismatchedActions),
        new(
            "action-needs-star-resource",
            LintSeverity.Error,
            "action supports only Resource *",
            "The action has no resource type (such as `s3:ListAllMyBuckets` or `ec2:DescribeInstances`); requests for it are for `*`, which only `\"Resource\": \"*\"` matches.",
            DocsUrl.ServiceAuthorization,
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"arn:aws:s3:::*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"*"}]}"""),
            c => c.Statements.Where(s => s.Resource is { IsNot: false } && !LintContext.OnAllResources(s))
                .SelectMany(s => c.ExplicitActionsOf(s).Where(a => a.SupportsOnlyWildcardResource).Select(a => (s, a)))
                .Select(x => new LintHit($"`{x.a.FullName}` supports only `\"Resource\": \"*\"`, which statement {x.s.Label} does not have", x.s.Resource!.Location))),
        new(
            "redundant-resource",
            LintSeverity.Suggestion,
            "resource already covered in the statement",
            "Another resource pattern of the same statement already covers this one; remove it.",
            DocsUrl.Iam + "reference_policies_elements_resource.html",
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":["arn:aws:s3:::reports/*","arn:aws:s3:::reports/2024/q1.csv"]}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}"""),
            RedundantResources),
    ];

    private static IEnumerable<(string Text, ElementLocation Location)> Resources(LintContext context) =>
        context.Statements.Where(s => s.Resource is not null)
            .SelectMany(s => s.Resource!.Patterns.Select((p, i) => (p.Text, s.Resource.Locations[i])));

    private static IEnumerable<(string Text, ArnText Arn, ElementLocation Location)> Arns(LintContext context) =>
        Resources(context).Select(r => (r.Text, Arn: ArnText.Split(r.Text), r.Location))
            .Where(r => r.Arn is not null)
            .Select(r => (r.Text, r.Arn!.Value, r.Location));

    private static IEnumerable<LintHit> MismatchedActions(LintContext context)
    {
        foreach (var statement in context.Statements)
        {
            if (statement.Resource is not { IsNot: false } resource || LintContext.OnAllResources(statement))
            {
                continue;
            }

            var texts = resource.Patterns.Select(p => p.Text).ToList();
            if (texts.Any(t => ArnText.Split(t) is not { } arn || ArnText.IsOpen(arn.Service)))
            {
                continue;
            }

            foreach (var action in context.ExplicitActionsOf(statement).Where(a => !a.SupportsOnlyWildcardResource))
            {
                var service = context.Catalog.FindService(action.Service)!;
                var types = action.ResourceTypes.Select(r => service.ResourceTypes.GetValueOrDefault(r.Name)).OfType<Catalog.ResourceType>().ToList();
                if (types.Count > 0 && !texts.Any(t => types.Any(type => type.CanMatch(t))))
                {
                    yield return new LintHit(
                        $"`{action.FullName}` acts on {string.Join(" or ", types.Select(t => $"`{t.Name}`"))}, which no resource of statement {statement.Label} names",
                        resource.Location);
                }
            }
        }
    }

    private static IEnumerable<LintHit> RedundantResources(LintContext context) =>
        context.Statements.Where(s => s.Resource is not null).SelectMany(s =>
        {
            var patterns = s.Resource!.Patterns.Select(p => p.Text).ToList();
            return Redundancy.Find(patterns, Covers).Select(p =>
                new LintHit($"`{patterns[p.Redundant]}` is already covered by `{patterns[p.Covering]}`", s.Resource.Locations[p.Redundant]));
        });

    private static bool Covers(string wide, string narrow) =>
        wide == narrow
        || wide == "*"
        || (Wildcard.HasWildcard(wide) && !Wildcard.HasWildcard(narrow) && !narrow.Contains("${", StringComparison.Ordinal) && Arn.Like(wide, narrow));
}
