using Rampart.Events.Matching;

namespace Rampart.Events.Patterns;

/// <summary>
/// One entry of a field's value list in an event pattern: a value or a <c>{ "operator": … }</c>
/// expression, tested against one leaf value of the event.
/// </summary>
public abstract class ValueMatcher
{
    /// <summary>The operator name as AWS writes it (<c>prefix</c>, <c>anything-but</c>, …), or <c>exact</c>.</summary>
    public abstract string Operator { get; }

    /// <summary>True when <paramref name="value"/> satisfies this entry.</summary>
    public abstract bool Matches(in EventScalar value);
}
