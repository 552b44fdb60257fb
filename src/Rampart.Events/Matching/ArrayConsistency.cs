namespace Rampart.Events.Matching;

/// <summary>
/// EventBridge's array-consistent matching, over candidates already tested value by value.
/// A leaf's membership lists, for every array element object (or nested array) it sits in, the
/// pair (array id, element index), flattened as <c>[id0, index0, id1, index1, …]</c>. A branch
/// matches when one value per condition can be chosen, in path order, with no two chosen values in
/// different elements of the same array. A condition holding <c>{"exists": false}</c> is also met
/// when no value at its path is consistent with the values chosen before it (AWS's visiting order).
/// </summary>
public static class ArrayConsistency
{
    /// <summary>True when a consistent choice exists.</summary>
    public static bool Search(IReadOnlyList<ConditionCandidates> conditions)
    {
        var failed = new HashSet<string>(StringComparer.Ordinal);
        return Search(conditions, 0, [], failed);
    }

    /// <summary>Merges <paramref name="membership"/> into <paramref name="soFar"/>; false (and no change) on a conflict.</summary>
    public static bool TryMerge(List<int> soFar, ReadOnlySpan<int> membership)
    {
        var added = 0;
        for (var i = 0; i < membership.Length; i += 2)
        {
            var known = IndexOf(soFar, membership[i]);
            if (known < 0)
            {
                soFar.Add(membership[i]);
                soFar.Add(membership[i + 1]);
                added += 2;
            }
            else if (soFar[known + 1] != membership[i + 1])
            {
                soFar.RemoveRange(soFar.Count - added, added);
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="membership"/> does not conflict with <paramref name="soFar"/>.</summary>
    public static bool IsConsistent(List<int> soFar, ReadOnlySpan<int> membership)
    {
        for (var i = 0; i < membership.Length; i += 2)
        {
            var known = IndexOf(soFar, membership[i]);
            if (known >= 0 && soFar[known + 1] != membership[i + 1])
            {
                return false;
            }
        }

        return true;
    }

    private static bool Search(IReadOnlyList<ConditionCandidates> conditions, int index, List<int> soFar, HashSet<string> failed)
    {
        if (index == conditions.Count)
        {
            return true;
        }

        var key = index + ":" + string.Join(',', Canonical(soFar));
        if (failed.Contains(key))
        {
            return false;
        }

        var condition = conditions[index];
        foreach (var membership in condition.Matching)
        {
            var before = soFar.Count;
            if (TryMerge(soFar, membership))
            {
                var found = Search(conditions, index + 1, soFar, failed);
                soFar.RemoveRange(before, soFar.Count - before);
                if (found)
                {
                    return true;
                }
            }
        }

        if (condition.AllowsAbsence && !condition.Present.Any(m => IsConsistent(soFar, m)) &&
            Search(conditions, index + 1, soFar, failed))
        {
            return true;
        }

        failed.Add(key);
        return false;
    }

    private static IEnumerable<int> Canonical(List<int> soFar) =>
        Enumerable.Range(0, soFar.Count / 2).Select(i => (soFar[2 * i], soFar[(2 * i) + 1])).Order().SelectMany(p => new[] { p.Item1, p.Item2 });

    private static int IndexOf(List<int> pairs, int arrayId)
    {
        for (var i = 0; i < pairs.Count; i += 2)
        {
            if (pairs[i] == arrayId)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>
/// What the search needs to know about one condition: the memberships of the values that satisfy
/// it, and (for <c>{"exists": false}</c>) the memberships of every value present at its path.
/// </summary>
public sealed record ConditionCandidates(IReadOnlyList<int[]> Matching, IReadOnlyList<int[]> Present, bool AllowsAbsence);
