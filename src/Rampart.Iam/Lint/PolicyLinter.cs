using Rampart.Core;
using Rampart.Iam.Catalog;
using Rampart.Iam.Policies;

namespace Rampart.Iam.Lint;

/// <summary>
/// Lints a policy document: validates it for its type, then runs every check of
/// <see cref="LintChecks"/> that is not disabled. Pure: the same bytes give the same report.
/// </summary>
public static class PolicyLinter
{
    /// <summary>Lints <paramref name="utf8"/> as a policy of <paramref name="type"/>.</summary>
    public static LintReport Lint(ReadOnlyMemory<byte> utf8, PolicyType type, ServiceCatalog? catalog = null, IReadOnlySet<string>? disabled = null)
    {
        var parsed = PolicyParser.Parse(utf8, type);
        var syntax = parsed.Diagnostics
            .Select(d => new LintFinding(LintChecks.Syntax.Id, d.Severity == Severity.Error ? LintSeverity.Error : LintSeverity.Warning, d.Message, d.Location))
            .ToList();
        if (!parsed.Succeeded)
        {
            return new LintReport(syntax, Valid: false);
        }

        var context = new LintContext(parsed.Value, catalog ?? ServiceCatalog.Default);
        var findings = syntax;
        foreach (var check in LintChecks.All)
        {
            if (disabled?.Contains(check.Id) == true)
            {
                continue;
            }

            findings.AddRange(check.Run(context).Select(hit => new LintFinding(check.Id, check.Severity, hit.Message, hit.Location.ToSourceLocation())));
        }

        return new LintReport(findings, Valid: true);
    }
}
