using Rampart.Secrets.Scanning;

namespace Rampart.Secrets.Reports;

/// <summary>What a report renders: the findings to report, the tally, and how to show secrets.</summary>
/// <param name="Findings">Findings to report (allow-listed and baselined ones already dropped).</param>
/// <param name="Scanned">Files or blobs read.</param>
/// <param name="Allowed">Findings dropped by the allow list or inline allows.</param>
/// <param name="Baselined">Findings dropped because the baseline accepts them.</param>
/// <param name="Redact">True to show secrets redacted (the default); false for <c>--no-redact</c>.</param>
/// <param name="ToolVersion">Rampart's version, for SARIF.</param>
public sealed record ScanReport(IReadOnlyList<Finding> Findings, int Scanned, int Allowed, int Baselined, bool Redact, string ToolVersion)
{
    /// <summary>The secret as this report shows it.</summary>
    public string Show(Finding finding) => Redact ? finding.Redacted : finding.Secret;

    /// <summary>The summary line: how many findings, what was read and what was set aside.</summary>
    public string Summary =>
        $"{(Findings.Count == 0 ? "no secrets found" : Findings.Count == 1 ? "1 secret found" : $"{Findings.Count} secrets found")} " +
        $"({Scanned} {(Scanned == 1 ? "file" : "files")} scanned, {Allowed} allowed, {Baselined} in baseline)";

    /// <summary>The verification state as reports spell it, or null when not checked.</summary>
    public static string? VerificationName(Finding finding) => finding.Verification switch
    {
        Verification.Verified => "verified",
        Verification.Invalid => "invalid",
        Verification.Unknown => "unknown",
        _ => null,
    };
}
