namespace Rampart.Iam.Lint;

/// <summary>
/// How serious a lint finding is, in IAM Access Analyzer's policy-validation terms.
/// </summary>
public enum LintSeverity
{
    /// <summary>The policy is invalid or a statement can never take effect.</summary>
    Error,

    /// <summary>The policy grants more than it likely means to: access for attackers or everyone.</summary>
    SecurityWarning,

    /// <summary>The policy is valid but likely wrong.</summary>
    Warning,

    /// <summary>The policy works, but can be written more clearly.</summary>
    Suggestion,
}
