namespace Rampart.Iam.Lint;

/// <summary>Finds the values of a list that another value of the same list already covers.</summary>
public static class Redundancy
{
    /// <summary>
    /// Pairs (redundant, covering) of indexes. Of two values that cover each other (duplicates),
    /// the later one is the redundant one.
    /// </summary>
    public static IEnumerable<(int Redundant, int Covering)> Find(IReadOnlyList<string> values, Func<string, string, bool> covers)
    {
        for (var i = 0; i < values.Count; i++)
        {
            for (var j = 0; j < values.Count; j++)
            {
                if (i != j && covers(values[j], values[i]) && !(covers(values[i], values[j]) && j > i))
                {
                    yield return (i, j);
                    break;
                }
            }
        }
    }
}
