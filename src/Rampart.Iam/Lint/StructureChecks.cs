using Rampart.Iam.Policies;

namespace Rampart.Iam.Lint;

/// <summary>Checks of the document as a whole: version, duplicates, policy variables.</summary>
public static class StructureChecks
{
    /// <summary>The checks in this group.</summary>
    public static IReadOnlyList<LintCheck> All { get; } =
    [
        new(
            "missing-version",
            LintSeverity.Warning,
            "policy has no Version",
            "Without `Version`, IAM reads the policy as 2008-10-17: policy variables are not substituted and some newer features do not apply. Add `\"Version\": \"2012-10-17\"`.",
            DocsUrl.Iam + "reference_policies_elements_version.html",
            new(PolicyType.Identity,
                """{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}"""),
            c => c.Document.Version is null
                ? [new LintHit("the policy has no `Version`: IAM reads it as `2008-10-17`; add `\"Version\": \"2012-10-17\"`", c.Document.Location)]
                : []),
        new(
            "legacy-version",
            LintSeverity.Warning,
            "policy uses Version 2008-10-17",
            "Version 2008-10-17 is the legacy policy language: policy variables are taken literally. Use 2012-10-17.",
            DocsUrl.Iam + "reference_policies_elements_version.html",
            new(PolicyType.Identity,
                """{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}"""),
            c => c.Document.Version == PolicyDocument.LegacyVersion
                ? [new LintHit("`Version` `2008-10-17` is the legacy policy language; use `2012-10-17`", c.Document.Location)]
                : []),
        new(
            "variables-need-current-version",
            LintSeverity.Error,
            "policy variable in a policy without Version 2012-10-17",
            "Policy variables such as `${aws:username}` are substituted only when `Version` is 2012-10-17; otherwise the text `${aws:username}` is matched literally and the statement almost never applies.",
            DocsUrl.Iam + "reference_policies_variables.html",
            new(PolicyType.Identity,
                """{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::home/${aws:username}/*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::home/${aws:username}/*"}]}"""),
            VariablesWithoutCurrentVersion),
        new(
            "duplicate-statement",
            LintSeverity.Warning,
            "statement repeats another",
            "Two statements with the same effect, actions, resources, principals and conditions: one of them does nothing. Remove it.",
            DocsUrl.Iam + "reference_policies_elements_statement.html",
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"},{"Sid":"B","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}"""),
            DuplicateStatements),
        new(
            "variable-in-action",
            LintSeverity.Error,
            "policy variable in Action",
            "IAM substitutes policy variables only in `Resource` and in condition values; in `Action` the text is matched literally, so the pattern names no action.",
            DocsUrl.Iam + "reference_policies_variables.html",
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:${aws:username}","Resource":"*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::home/${aws:username}/*"}]}"""),
            c => c.Statements.SelectMany(s => s.Action.Patterns.Select((p, i) => (p, s.Action.Locations[i])))
                .Where(x => x.p.Contains("${", StringComparison.Ordinal))
                .Select(x => new LintHit($"`{x.p}` holds a policy variable, which `Action` does not substitute", x.Item2))),
    ];

    private static IEnumerable<LintHit> VariablesWithoutCurrentVersion(LintContext context)
    {
        if (context.Document.VariablesEnabled)
        {
            yield break;
        }

        foreach (var statement in context.Statements)
        {
            var resources = statement.Resource is null
                ? []
                : statement.Resource.Patterns.Select((p, i) => (p.Text, statement.Resource.Locations[i]));
            var values = statement.Conditions.SelectMany(c => c.Values.Select(v => (v.Text.Text, v.Location)));
            foreach (var (text, location) in resources.Concat(values))
            {
                if (text.Contains("${", StringComparison.Ordinal))
                {
                    yield return new LintHit($"`{text}` holds a policy variable, but without `\"Version\": \"2012-10-17\"` it is matched literally", location);
                }
            }
        }
    }

    private static IEnumerable<LintHit> DuplicateStatements(LintContext context)
    {
        var seen = new Dictionary<string, Statement>(StringComparer.Ordinal);
        foreach (var statement in context.Statements)
        {
            var key = StatementKey.Of(statement);
            if (seen.TryGetValue(key, out var first))
            {
                yield return new LintHit($"statement {statement.Label} repeats statement {first.Label}", statement.Location);
            }
            else
            {
                seen[key] = statement;
            }
        }
    }
}
