using Rampart.Core;

namespace Rampart.Iam.Policies;

/// <summary>
/// Turns byte offsets of a parsed UTF-8 document into 1-based line:column locations. Newlines are
/// indexed once, lazily, so parsing pays nothing for locations that are never shown.
/// </summary>
public sealed class SourceMap
{
    private readonly ReadOnlyMemory<byte> _text;
    private int[]? _lineStarts;

    /// <summary>Wraps the document text; <paramref name="baseLine"/> and <paramref name="baseColumn"/> say where offset 0 sits.</summary>
    public SourceMap(ReadOnlyMemory<byte> text, int baseLine = 1, int baseColumn = 1)
    {
        _text = text;
        BaseLine = baseLine;
        BaseColumn = baseColumn;
    }

    /// <summary>The line of offset 0.</summary>
    public int BaseLine { get; }

    /// <summary>The column of offset 0.</summary>
    public int BaseColumn { get; }

    /// <summary>The location of <paramref name="offset"/> with an optional JSON pointer.</summary>
    public SourceLocation Locate(int offset, string? pointer)
    {
        var starts = _lineStarts ??= IndexLines(_text.Span);
        var line = Array.BinarySearch(starts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var column = offset - starts[line] + 1;
        return new SourceLocation(BaseLine + line, line == 0 ? BaseColumn + column - 1 : column, pointer);
    }

    /// <summary>Counts the characters between two offsets that are not JSON whitespace, as IAM's size quotas do.</summary>
    public int CountNonWhitespace(int start, int end)
    {
        var span = _text.Span[start..Math.Min(end, _text.Length)];
        var count = 0;
        foreach (var b in span)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r') && (b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }

    private static int[] IndexLines(ReadOnlySpan<byte> text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf((byte)'\n'); i >= 0;)
        {
            starts.Add(i + 1);
            var next = text[(i + 1)..].IndexOf((byte)'\n');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return [.. starts];
    }
}
