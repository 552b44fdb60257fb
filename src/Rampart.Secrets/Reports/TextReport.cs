namespace Rampart.Secrets.Reports;

/// <summary>
/// The text report: one line per finding, <c>path:line:column: rule-id: description: secret</c>,
/// then for history scans an indented <c>commit … by … on …</c> line, and a summary line.
/// </summary>
public static class TextReport
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public static void Write(ScanReport report, TextWriter output)
    {
        foreach (var finding in report.Findings)
        {
            var verification = ScanReport.VerificationName(finding) is { } state ? $" [{state}]" : string.Empty;
            output.WriteLine($"{finding.Path}:{finding.Line}:{finding.Column}: {finding.Rule.Id}: {finding.Rule.Description}: {report.Show(finding)}{verification}");
            if (finding.Commit is not null)
            {
                output.WriteLine($"    commit {finding.Commit} by {finding.Author} on {finding.Date}");
            }
        }

        output.WriteLine(report.Summary);
    }
}
