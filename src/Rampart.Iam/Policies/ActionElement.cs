using System.Text;
using Rampart.Core;

namespace Rampart.Iam.Policies;

/// <summary>
/// A statement's <c>Action</c> or <c>NotAction</c>: <c>service:Action</c> patterns with wildcards,
/// matched case-insensitively. Patterns are kept lower-cased for matching.
/// </summary>
public sealed class ActionElement
{
    private readonly string[] _lower;
    private readonly bool _any;

    /// <summary>Creates the element.</summary>
    public ActionElement(bool isNot, IReadOnlyList<string> patterns, IReadOnlyList<ElementLocation> locations, ElementLocation location)
    {
        IsNot = isNot;
        Patterns = patterns;
        Locations = locations;
        Location = location;
        _lower = new string[patterns.Count];
        for (var i = 0; i < _lower.Length; i++)
        {
            _lower[i] = LowerInvariant(patterns[i]);
            _any |= _lower[i] == "*";
        }
    }

    /// <summary>True for <c>NotAction</c>.</summary>
    public bool IsNot { get; }

    /// <summary>The patterns as written.</summary>
    public IReadOnlyList<string> Patterns { get; }

    /// <summary>Where each pattern is.</summary>
    public IReadOnlyList<ElementLocation> Locations { get; }

    /// <summary>Where the element is.</summary>
    public ElementLocation Location { get; }

    /// <summary>
    /// <see cref="string.ToLowerInvariant()"/>, with a vectorized path for ASCII (every action name):
    /// invariant-globalization builds otherwise map case one character at a time.
    /// </summary>
    internal static string LowerInvariant(string text)
    {
        if (!Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        return text.AsSpan().ContainsAnyInRange('A', 'Z')
            ? string.Create(text.Length, text, static (lower, source) => Ascii.ToLower(source, lower, out _))
            : text;
    }

    /// <summary>True when the statement applies to <paramref name="actionLower"/> (already lower case).</summary>
    public bool Applies(string actionLower) => IsNot ? !AnyMatches(actionLower) : AnyMatches(actionLower);

    private bool AnyMatches(string actionLower)
    {
        if (_any)
        {
            return true;
        }

        foreach (var pattern in _lower)
        {
            if (Wildcard.IsMatch(pattern, actionLower))
            {
                return true;
            }
        }

        return false;
    }
}
