namespace Rampart.Iam.Lint;

/// <summary>How severities are written in reports.</summary>
public static class LintSeverityText
{
    /// <summary>The kebab-case name: <c>error</c>, <c>security-warning</c>, <c>warning</c>, <c>suggestion</c>.</summary>
    public static string Of(LintSeverity severity) => severity switch
    {
        LintSeverity.Error => "error",
        LintSeverity.SecurityWarning => "security-warning",
        LintSeverity.Warning => "warning",
        _ => "suggestion",
    };

    /// <summary>The SARIF level: errors are <c>error</c>, warnings <c>warning</c>, suggestions <c>note</c>.</summary>
    public static string SarifLevel(LintSeverity severity) => severity switch
    {
        LintSeverity.Error => "error",
        LintSeverity.SecurityWarning or LintSeverity.Warning => "warning",
        _ => "note",
    };
}
