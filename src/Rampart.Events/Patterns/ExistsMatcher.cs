using Rampart.Events.Matching;

namespace Rampart.Events.Patterns;

/// <summary>
/// <c>exists</c>. <c>true</c> matches any leaf value (null included; <c>{}</c> and <c>[]</c> have
/// none). <c>false</c> never matches a value: it is satisfied by the field's absence, which
/// <see cref="FieldCondition.AllowsAbsence"/> records.
/// </summary>
public sealed class ExistsMatcher(bool exists) : ValueMatcher
{
    /// <summary>The operand.</summary>
    public bool Exists { get; } = exists;

    /// <inheritdoc/>
    public override string Operator => "exists";

    /// <inheritdoc/>
    public override bool Matches(in EventScalar value) => Exists;
}
