namespace Rampart.Events.Matching;

/// <summary>
/// One leaf value of an event as the matchers see it, without allocating: for a string the
/// unescaped UTF-8 content (no quotes), for a number or literal its JSON text.
/// <see cref="Number"/> is the value of a number when it is a comparable double, else NaN.
/// </summary>
public readonly ref struct EventScalar(ScalarKind kind, ReadOnlySpan<byte> utf8, double number)
{
    /// <summary>The JSON type.</summary>
    public ScalarKind Kind { get; } = kind;

    /// <summary>String content (unescaped) or the literal text of a number, true, false or null.</summary>
    public ReadOnlySpan<byte> Utf8 { get; } = utf8;

    /// <summary>The number's value when <see cref="IsComparableNumber"/>; NaN otherwise.</summary>
    public double Number { get; } = number;

    /// <summary>True for a string.</summary>
    public bool IsString => Kind == ScalarKind.String;

    /// <summary>True for a number that numeric operators can compare.</summary>
    public bool IsComparableNumber => Kind == ScalarKind.Number && !double.IsNaN(Number);
}
