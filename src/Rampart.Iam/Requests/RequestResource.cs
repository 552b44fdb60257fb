namespace Rampart.Iam.Requests;

/// <summary>
/// A requested resource split once into the six ARN components (the last keeps its colons), so
/// that each statement's patterns compare component by component without re-splitting.
/// <see cref="IsStar"/> for <c>*</c>; <see cref="IsArn"/> false for text that is not an ARN.
/// </summary>
public readonly record struct RequestResource(string Text, bool IsStar, bool IsArn, int[] Starts, int[] Lengths)
{
    /// <summary>The account component, or null.</summary>
    public string? Account => IsArn ? Text.Substring(Starts[4], Lengths[4]) : null;

    /// <summary>The service component, or null.</summary>
    public string? ServiceName => IsArn ? Text.Substring(Starts[2], Lengths[2]) : null;

    /// <summary>The resource component (after the fifth colon), or null.</summary>
    public string? ResourcePart => IsArn ? Text.Substring(Starts[5], Lengths[5]) : null;

    /// <summary>Component <paramref name="i"/> (0-5).</summary>
    public ReadOnlySpan<char> Component(int i) => Text.AsSpan(Starts[i], Lengths[i]);

    /// <summary>Splits <paramref name="text"/>.</summary>
    public static RequestResource Split(string text)
    {
        if (text == "*")
        {
            return new(text, true, false, [], []);
        }

        var starts = new int[6];
        var lengths = new int[6];
        var start = 0;
        for (var i = 0; i < 5; i++)
        {
            var colon = text.IndexOf(':', start);
            if (colon < 0)
            {
                return new(text, false, false, [], []);
            }

            starts[i] = start;
            lengths[i] = colon - start;
            start = colon + 1;
        }

        starts[5] = start;
        lengths[5] = text.Length - start;
        return new(text, false, text.StartsWith("arn:", StringComparison.Ordinal), starts, lengths);
    }
}
