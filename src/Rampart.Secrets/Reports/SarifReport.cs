using Rampart.Core.Reports;
using Rampart.Secrets.Scanning;

namespace Rampart.Secrets.Reports;

/// <summary>
/// The SARIF 2.1.0 report (OASIS static analysis results format), written by Core's
/// <see cref="SarifLog"/>: one run whose
/// driver lists the rules that have results, one result per finding with a physical location
/// (relative URI, line and columns counted in UTF-16 code units, as the run's <c>columnKind</c>
/// says), a partial fingerprint for de-duplication across runs, and
/// commit details in the result's property bag.
/// </summary>
public static class SarifReport
{
    private static readonly string[] RuleTags = ["security", "secret"];

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public static void Write(ScanReport report, TextWriter output)
    {
        var rules = report.Findings.Select(f => f.Rule).DistinctBy(r => r.Id)
            .Select(rule => new SarifRule(rule.Id, null, rule.Description, null, "error", new Dictionary<string, string> { ["provider"] = rule.Provider }, RuleTags))
            .ToList();
        var results = report.Findings.Select(finding => new SarifResult(
                finding.Rule.Id,
                "error",
                $"{finding.Rule.Description}: {report.Show(finding)}",
                SarifLog.ToUri(finding.Path),
                finding.Line,
                finding.Column,
                finding.Column + finding.Secret.Length,
                finding.Fingerprint,
                Properties(finding)))
            .ToList();
        output.WriteLine(SarifLog.Write("rampart", report.ToolVersion, null, rules, results, columnKind: "utf16CodeUnits"));
    }

    private static Dictionary<string, string>? Properties(Finding finding)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (finding.Commit is not null)
        {
            properties["commit"] = finding.Commit;
            properties["author"] = finding.Author ?? string.Empty;
            properties["date"] = finding.Date ?? string.Empty;
        }

        if (ScanReport.VerificationName(finding) is { } state)
        {
            properties["verification"] = state;
        }

        return properties.Count == 0 ? null : properties;
    }
}
