using System.Runtime.CompilerServices;

namespace Rampart.Iam.Requests;

/// <summary>
/// A requested resource (or an ARN-valued context value) split once into the six ARN components
/// (the last keeps its colons), so patterns compare component by component without re-splitting
/// and without allocating. <see cref="IsStar"/> for <c>*</c>; <see cref="IsArn"/> false for text
/// that is not an ARN.
/// </summary>
public readonly struct RequestResource
{
    private readonly Six _starts;
    private readonly Six _lengths;

    private RequestResource(string text, bool isStar, bool isArn, Six starts, Six lengths)
    {
        Text = text;
        IsStar = isStar;
        IsArn = isArn;
        _starts = starts;
        _lengths = lengths;
    }

    /// <summary>The text as given.</summary>
    public string Text { get; }

    /// <summary>True for <c>*</c>.</summary>
    public bool IsStar { get; }

    /// <summary>True when the text starts with <c>arn:</c> and has six components.</summary>
    public bool IsArn { get; }

    /// <summary>The account component, or null.</summary>
    public string? Account => IsArn ? Text.Substring(_starts[4], _lengths[4]) : null;

    /// <summary>Where component <paramref name="i"/> starts.</summary>
    public int Start(int i) => _starts[i];

    /// <summary>Where component <paramref name="i"/> ends (exclusive).</summary>
    public int End(int i) => _starts[i] + _lengths[i];

    /// <summary>Component <paramref name="i"/> (0-5).</summary>
    public ReadOnlySpan<char> Component(int i) => Text.AsSpan(_starts[i], _lengths[i]);

    /// <summary>Splits <paramref name="text"/>.</summary>
    public static RequestResource Split(string text)
    {
        if (text == "*")
        {
            return new(text, true, false, default, default);
        }

        var starts = default(Six);
        var lengths = default(Six);
        var start = 0;
        for (var i = 0; i < 5; i++)
        {
            var colon = text.IndexOf(':', start);
            if (colon < 0)
            {
                return new(text, false, false, default, default);
            }

            starts[i] = start;
            lengths[i] = colon - start;
            start = colon + 1;
        }

        starts[5] = start;
        lengths[5] = text.Length - start;
        return new(text, false, text.StartsWith("arn:", StringComparison.Ordinal), starts, lengths);
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    [InlineArray(6)]
    private struct Six
    {
        private int _element;
    }
}
