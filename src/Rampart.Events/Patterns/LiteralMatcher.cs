using Rampart.Events.Matching;

namespace Rampart.Events.Patterns;

/// <summary><c>true</c>, <c>false</c> or <c>null</c> in a value list: the same literal only.</summary>
public sealed class LiteralMatcher(ScalarKind kind) : ValueMatcher
{
    /// <summary>Which literal.</summary>
    public ScalarKind Kind { get; } = kind;

    /// <inheritdoc/>
    public override string Operator => "exact";

    /// <inheritdoc/>
    public override bool Matches(in EventScalar value) => value.Kind == Kind;
}
