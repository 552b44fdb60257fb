using Rampart.Iam.Policies;

namespace Rampart.Iam.Lint;

/// <summary>Where a check fired and why; <see cref="PolicyLinter"/> adds the check's id and severity.</summary>
public readonly record struct LintHit(string Message, ElementLocation Location);
