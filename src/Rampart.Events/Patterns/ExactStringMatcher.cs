using System.Text;
using Rampart.Events.Matching;

namespace Rampart.Events.Patterns;

/// <summary>An exact string (<c>"value"</c> or <c>{"exactly": "value"}</c>): equal strings only, case-sensitive.</summary>
public sealed class ExactStringMatcher(string value) : ValueMatcher
{
    private readonly byte[] _utf8 = Encoding.UTF8.GetBytes(value);

    /// <summary>The string to equal.</summary>
    public string Value { get; } = value;

    /// <inheritdoc/>
    public override string Operator => "exact";

    /// <inheritdoc/>
    public override bool Matches(in EventScalar value) => value.IsString && value.Utf8.SequenceEqual(_utf8);
}
