using Rampart.Core;

namespace Rampart.Secrets.Scanning;

/// <summary>What scanning one file or blob produced.</summary>
/// <param name="Findings">Secrets found, in line order.</param>
/// <param name="Diagnostics">Warnings about the content: not UTF-8, a rule that timed out.</param>
/// <param name="Binary">True when the content was binary and was skipped.</param>
/// <param name="InlineAllowed">How many lines were skipped because they say <c>rampart:allow</c>.</param>
public sealed record FileScan(IReadOnlyList<Finding> Findings, IReadOnlyList<Diagnostic> Diagnostics, bool Binary, int InlineAllowed);
