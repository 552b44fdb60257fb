namespace Rampart.Events;

/// <summary>
/// A compiled EventBridge event pattern: the alternatives its <c>$or</c>s expand to (one when it
/// has none). An event matches when any branch matches. Build one with <see cref="EventPatternParser"/>.
/// </summary>
public sealed class EventPattern(IReadOnlyList<PatternBranch> branches)
{
    /// <summary>The alternatives.</summary>
    public IReadOnlyList<PatternBranch> Branches { get; } = branches;
}
