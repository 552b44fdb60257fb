using Rampart.Core;

namespace Rampart.Iam.Lint;

/// <summary>One problem a lint check found, at a place in the policy.</summary>
/// <param name="CheckId">The check that found it.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">A one-line, lower-case message with policy text in backticks.</param>
/// <param name="Location">Line:column and JSON pointer of the element concerned.</param>
public sealed record LintFinding(string CheckId, LintSeverity Severity, string Message, SourceLocation Location)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: {LintSeverityText.Of(Severity)} {CheckId}: {Message}";
}
