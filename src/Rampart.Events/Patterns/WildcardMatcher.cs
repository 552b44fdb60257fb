using Rampart.Events.Matching;

namespace Rampart.Events.Patterns;

/// <summary><c>wildcard</c>: string values matching a <see cref="WildcardPattern"/>.</summary>
public sealed class WildcardMatcher(WildcardPattern pattern) : ValueMatcher
{
    /// <summary>The parsed operand.</summary>
    public WildcardPattern Pattern { get; } = pattern;

    /// <inheritdoc/>
    public override string Operator => "wildcard";

    /// <inheritdoc/>
    public override bool Matches(in EventScalar value) => value.IsString && Pattern.IsMatch(value.Utf8);
}
