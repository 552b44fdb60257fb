using System.Text;
using Rampart.Events.Matching;

namespace Rampart.Events.Patterns;

/// <summary>
/// <c>prefix</c>, <c>suffix</c> and <c>equals-ignore-case</c> (with the
/// <c>{"equals-ignore-case": …}</c> forms of prefix and suffix): string values only.
/// An empty prefix or suffix matches every string.
/// </summary>
public sealed class AffixMatcher(AffixKind kind, string text, bool ignoreCase) : ValueMatcher
{
    private readonly byte[] _utf8 = Encoding.UTF8.GetBytes(text);

    /// <summary>Which end of the value is compared.</summary>
    public AffixKind Kind { get; } = kind;

    /// <summary>The text to compare.</summary>
    public string Text { get; } = text;

    /// <summary>True for the equals-ignore-case forms.</summary>
    public bool IgnoreCase { get; } = ignoreCase;

    /// <inheritdoc/>
    public override string Operator => Kind switch
    {
        AffixKind.Prefix => "prefix",
        AffixKind.Suffix => "suffix",
        _ => "equals-ignore-case",
    };

    /// <inheritdoc/>
    public override bool Matches(in EventScalar value) => value.IsString && Test(value.Utf8);

    /// <summary>The comparison alone, for a string's UTF-8 content.</summary>
    public bool Test(ReadOnlySpan<byte> utf8) => (Kind, IgnoreCase) switch
    {
        (AffixKind.Prefix, false) => utf8.StartsWith(_utf8),
        (AffixKind.Prefix, true) => Utf8Text.StartsWithIgnoreCase(utf8, _utf8),
        (AffixKind.Suffix, false) => utf8.EndsWith(_utf8),
        (AffixKind.Suffix, true) => Utf8Text.EndsWithIgnoreCase(utf8, _utf8),
        _ => Utf8Text.EqualsIgnoreCase(utf8, _utf8),
    };
}

/// <summary>What part of a string an <see cref="AffixMatcher"/> compares.</summary>
public enum AffixKind
{
    /// <summary>The start.</summary>
    Prefix,

    /// <summary>The end.</summary>
    Suffix,

    /// <summary>The whole string (equals-ignore-case).</summary>
    Whole,
}
