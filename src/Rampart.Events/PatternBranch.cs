namespace Rampart.Events;

/// <summary>
/// One alternative of a pattern after <c>$or</c> expansion: every condition must hold. Conditions
/// are sorted by path (ordinal), the order in which AWS's matcher visits them, which matters for
/// <c>{"exists": false}</c> inside arrays (docs/events.md).
/// </summary>
public sealed class PatternBranch(IReadOnlyList<FieldCondition> conditions)
{
    /// <summary>The conditions, sorted by <see cref="FieldCondition.Path"/>.</summary>
    public IReadOnlyList<FieldCondition> Conditions { get; } = [.. conditions.OrderBy(c => c.Path, StringComparer.Ordinal)];
}
