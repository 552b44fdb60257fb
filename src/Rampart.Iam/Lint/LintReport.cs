namespace Rampart.Iam.Lint;

/// <summary>What linting one policy found.</summary>
/// <param name="Findings">Every finding, in document order within each check.</param>
/// <param name="Valid">True when the policy parsed and is valid for its type.</param>
public sealed record LintReport(IReadOnlyList<LintFinding> Findings, bool Valid)
{
    /// <summary>True when a finding is an error or a security warning.</summary>
    public bool HasSerious => Findings.Any(f => f.Severity is LintSeverity.Error or LintSeverity.SecurityWarning);
}
