using Rampart.Events.Matching;

namespace Rampart.Events.Patterns;

/// <summary>
/// <c>numeric</c>: number values in a range, compared as doubles (full precision and range).
/// Open ends are exclusive; a missing end is infinite.
/// </summary>
public sealed class NumericRangeMatcher(double low, bool lowOpen, double high, bool highOpen) : ValueMatcher
{
    /// <summary>Lower bound (negative infinity when absent).</summary>
    public double Low { get; } = low;

    /// <summary>True for <c>&gt;</c>, false for <c>&gt;=</c>.</summary>
    public bool LowOpen { get; } = lowOpen;

    /// <summary>Upper bound (positive infinity when absent).</summary>
    public double High { get; } = high;

    /// <summary>True for <c>&lt;</c>, false for <c>&lt;=</c>.</summary>
    public bool HighOpen { get; } = highOpen;

    /// <inheritdoc/>
    public override string Operator => "numeric";

    /// <inheritdoc/>
    public override bool Matches(in EventScalar value) => value.IsComparableNumber && Test(value.Number);

    /// <summary>The comparison alone.</summary>
    public bool Test(double number) =>
        (LowOpen ? number > Low : number >= Low) && (HighOpen ? number < High : number <= High);
}
