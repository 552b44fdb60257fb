using System.Text;
using Rampart.Events.Matching;

namespace Rampart.Events.Patterns;

/// <summary>
/// A number in a value list: equal numbers match whatever their spelling (300 = 300.0 = 3.0e2);
/// a number too large to compare exactly matches only its own literal text.
/// </summary>
public sealed class ExactNumberMatcher : ValueMatcher
{
    private readonly byte[] _literal;
    private readonly double _value;

    /// <summary>Creates the matcher from the number's JSON text.</summary>
    public ExactNumberMatcher(string literal)
    {
        Literal = literal;
        _literal = Encoding.UTF8.GetBytes(literal);
        _value = JsonNumber.ComparableOrNaN(_literal);
    }

    /// <summary>The number as written in the pattern.</summary>
    public string Literal { get; }

    /// <inheritdoc/>
    public override string Operator => "exact";

    /// <inheritdoc/>
    public override bool Matches(in EventScalar value) =>
        value.Kind == ScalarKind.Number && (value.Number == _value || value.Utf8.SequenceEqual(_literal));
}
