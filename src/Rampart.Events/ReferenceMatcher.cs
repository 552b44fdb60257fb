using Rampart.Events.Matching;

namespace Rampart.Events;

/// <summary>
/// The small, obviously right matcher: flatten the event, test every value of every condition's
/// path, then look for an array-consistent choice. Slow and allocating; the correctness gate for
/// <see cref="Compiled.PatternMatcher"/>.
/// </summary>
public static class ReferenceMatcher
{
    /// <summary>True when <paramref name="pattern"/> matches the flattened event.</summary>
    public static bool Matches(EventPattern pattern, IReadOnlyList<EventField> fields)
    {
        var byPath = fields.ToLookup(f => f.Path, StringComparer.Ordinal);
        return pattern.Branches.Any(branch => ArrayConsistency.Search([.. branch.Conditions.Select(c => Candidates(c, byPath[c.Path]))]));
    }

    private static ConditionCandidates Candidates(FieldCondition condition, IEnumerable<EventField> values) => new(
        [.. values.Where(v => condition.MatchesValue(v.Scalar)).Select(v => v.Membership)],
        [.. values.Select(v => v.Membership)],
        condition.AllowsAbsence);
}
