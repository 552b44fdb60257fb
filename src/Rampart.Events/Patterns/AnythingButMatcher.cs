using Rampart.Events.Matching;

namespace Rampart.Events.Patterns;

/// <summary>
/// <c>anything-but</c>: every value except those the inner test selects. A string test never
/// excludes a number, <c>true</c>, <c>false</c> or <c>null</c>, and a numeric test never excludes a
/// string, so both match them; a missing field is not a value and does not match.
/// </summary>
public sealed class AnythingButMatcher : ValueMatcher
{
    private readonly ValueMatcher[] _excluded;

    /// <summary>Creates the matcher from the values (or operators) it excludes.</summary>
    public AnythingButMatcher(AnythingButKind kind, IReadOnlyList<ValueMatcher> excluded)
    {
        Kind = kind;
        _excluded = [.. excluded];
    }

    /// <summary>What the excluded entries are.</summary>
    public AnythingButKind Kind { get; }

    /// <summary>The excluded values or operators.</summary>
    public IReadOnlyList<ValueMatcher> Excluded => _excluded;

    /// <inheritdoc/>
    public override string Operator => "anything-but";

    /// <inheritdoc/>
    public override bool Matches(in EventScalar value)
    {
        foreach (var excluded in _excluded)
        {
            if (excluded.Matches(value))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>The forms of <c>anything-but</c>.</summary>
public enum AnythingButKind
{
    /// <summary>A string or a list of strings.</summary>
    Strings,

    /// <summary>A number or a list of numbers.</summary>
    Numbers,

    /// <summary><c>{"equals-ignore-case": …}</c>.</summary>
    EqualsIgnoreCase,

    /// <summary><c>{"prefix": …}</c>.</summary>
    Prefix,

    /// <summary><c>{"suffix": …}</c>.</summary>
    Suffix,

    /// <summary><c>{"wildcard": …}</c>.</summary>
    Wildcard,
}
