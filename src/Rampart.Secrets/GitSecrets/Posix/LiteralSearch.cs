using System.Buffers;

namespace Rampart.Secrets.GitSecrets.Posix;

/// <summary>
/// Finds occurrences of any of a few byte strings (a regex's <see cref="RequiredLiterals"/>). Each
/// string is looked for through its rarest byte in ordinary text (its anchor): one vectorised scan
/// for the anchors, then, where one is found, a comparison of the strings that have that anchor.
/// Rarity comes from a fixed estimate of how often bytes occur in source code and prose (upper
/// case rarer than lower case, <c>e t a o</c> commonest, bytes outside letters, digits and common
/// punctuation rarest), which steers only speed, never results.
/// </summary>
public sealed class LiteralSearch
{
    private const string CommonestFirst = " etaoinsrhldcumfpgwybvkxjqz\"'_.,()=:;-/{}[]*#<>+0123456789";

    private readonly SearchValues<byte> _anchors;
    private readonly List<(byte[] Text, int Offset)>?[] _byAnchor = new List<(byte[], int)>?[256];

    /// <summary>Prepares the search for <paramref name="literals"/>, each at least one byte long.</summary>
    public LiteralSearch(IReadOnlyList<byte[]> literals)
    {
        foreach (var literal in literals)
        {
            var offset = 0;
            for (var i = 1; i < literal.Length; i++)
            {
                if (Rarity(literal[i]) > Rarity(literal[offset]))
                {
                    offset = i;
                }
            }

            (_byAnchor[literal[offset]] ??= []).Add((literal, offset));
        }

        _anchors = SearchValues.Create([.. Enumerable.Range(0, 256).Where(b => _byAnchor[b] is not null).Select(b => (byte)b)]);
    }

    /// <summary>The start of an occurrence at or after <paramref name="from"/> on the earliest line that has one, or -1.</summary>
    public int Next(ReadOnlySpan<byte> buffer, int from)
    {
        for (var position = from; position < buffer.Length; position++)
        {
            var skip = buffer[position..].IndexOfAny(_anchors);
            if (skip < 0)
            {
                return -1;
            }

            position += skip;
            foreach (var (text, offset) in _byAnchor[buffer[position]]!)
            {
                var start = position - offset;
                if (start >= from && start + text.Length <= buffer.Length && buffer.Slice(start, text.Length).SequenceEqual(text))
                {
                    return start;
                }
            }
        }

        return -1;
    }

    /// <summary>A rank for how rare <paramref name="b"/> is in ordinary text: higher is rarer.</summary>
    private static int Rarity(byte b)
    {
        var lower = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b | 0x20) : b;
        var rank = CommonestFirst.IndexOf((char)lower, StringComparison.Ordinal);
        return rank < 0 ? 1000 : lower != b ? 100 + rank : rank;
    }
}
