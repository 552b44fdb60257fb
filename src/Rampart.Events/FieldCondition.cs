using Rampart.Events.Matching;
using Rampart.Events.Patterns;

namespace Rampart.Events;

/// <summary>
/// One field of a pattern branch: the dot-joined path of a leaf (<c>detail.state</c>) and its value
/// list, any entry of which may match (entries are OR-ed).
/// </summary>
public sealed class FieldCondition
{
    /// <summary>Creates the condition.</summary>
    public FieldCondition(string path, IReadOnlyList<ValueMatcher> matchers)
    {
        Path = path;
        Matchers = matchers;
        AllowsAbsence = matchers.Any(m => m is ExistsMatcher { Exists: false });
    }

    /// <summary>The field's path, keys joined with <c>.</c> as AWS flattens them.</summary>
    public string Path { get; }

    /// <summary>The value list.</summary>
    public IReadOnlyList<ValueMatcher> Matchers { get; }

    /// <summary>True when the list holds <c>{"exists": false}</c>: the field's absence satisfies it.</summary>
    public bool AllowsAbsence { get; }

    /// <summary>True when any entry matches <paramref name="value"/>.</summary>
    public bool MatchesValue(in EventScalar value)
    {
        foreach (var matcher in Matchers)
        {
            if (matcher.Matches(value))
            {
                return true;
            }
        }

        return false;
    }
}
