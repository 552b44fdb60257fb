namespace Rampart.Events.Matching;

/// <summary>One leaf of a flattened event: its dot-joined path, its value and its array membership.</summary>
public sealed record EventField(string Path, ScalarKind Kind, byte[] Utf8, double Number, int[] Membership)
{
    /// <summary>The value as the matchers take it.</summary>
    public EventScalar Scalar => new(Kind, Utf8, Number);
}
