using Rampart.Iam.Policies;

namespace Rampart.Iam.Lint;

/// <summary>
/// A policy that shows a check: <see cref="Bad"/> makes the check report, <see cref="Good"/> (the
/// fixed policy) does not. The registry test lints both.
/// </summary>
public sealed record LintExample(PolicyType Type, string Bad, string Good);
