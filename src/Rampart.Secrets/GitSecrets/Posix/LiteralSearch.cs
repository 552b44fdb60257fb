using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace Rampart.Secrets.GitSecrets.Posix;

/// <summary>
/// Finds occurrences of any of a few byte strings (a regex's <see cref="RequiredLiterals"/>).
/// Where the processor has SSSE3 and the strings are at most 64, 16 positions at a time are tested against the strings' first
/// bytes (the "Teddy" method of Hyperscan): the strings are shared among eight buckets, and for each
/// of the first three bytes a table per half-byte says which buckets have that half-byte there, so
/// two shuffles per byte tell, for every position, the buckets whose strings may start there; only
/// those strings are then compared. Elsewhere, and for the last bytes of a buffer, each string is
/// looked for through its rarest byte in ordinary text (its anchor): one vectorised scan for the
/// anchors, then a comparison of the strings that have the anchor found. Rarity comes from a fixed
/// estimate of how often bytes occur in source code and prose (upper case rarer than lower case,
/// <c>e t a o</c> commonest, bytes outside letters, digits and common punctuation rarest). Both
/// steer only speed, never results.
/// </summary>
public sealed class LiteralSearch
{
    private const string CommonestFirst = " etaoinsrhldcumfpgwybvkxjqz\"'_.,()=:;-/{}[]*#<>+0123456789";
    private const int Buckets = 8;
    private const int Fingerprint = 3;
    private const int MostFingerprinted = 64;

    private readonly SearchValues<byte> _anchors;
    private readonly List<(byte[] Text, int Offset)>?[] _byAnchor = new List<(byte[], int)>?[256];
    private readonly byte[][][] _buckets = new byte[Buckets][][];
    private readonly Vector128<byte>[] _low = new Vector128<byte>[Fingerprint];
    private readonly Vector128<byte>[] _high = new Vector128<byte>[Fingerprint];
    private readonly bool _fingerprinted;

    /// <summary>Prepares the search for <paramref name="literals"/>, each at least one byte long.</summary>
    public LiteralSearch(IReadOnlyList<byte[]> literals)
    {
        _fingerprinted = Ssse3.IsSupported && literals.Count <= MostFingerprinted;
        if (_fingerprinted)
        {
            Fingerprints(literals);
        }

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
    public int Next(ReadOnlySpan<byte> buffer, int from) =>
        _fingerprinted ? NextByFingerprint(buffer, from) : NextByAnchor(buffer, from);

    /// <summary>
    /// Shares the literals among the buckets (in case-blind order, so that strings alike, which
    /// make the tables most selective, share one) and fills the half-byte tables; a literal shorter
    /// than the fingerprint lets any byte through where it has none.
    /// </summary>
    private void Fingerprints(IReadOnlyList<byte[]> literals)
    {
        var ordered = literals.OrderBy(literal => Encoding.Latin1.GetString(literal).ToUpperInvariant(), StringComparer.Ordinal).ToArray();
        var low = new byte[Fingerprint, 16];
        var high = new byte[Fingerprint, 16];
        for (var bucket = 0; bucket < Buckets; bucket++)
        {
            _buckets[bucket] = ordered[(bucket * ordered.Length / Buckets)..((bucket + 1) * ordered.Length / Buckets)];
            foreach (var literal in _buckets[bucket])
            {
                for (var k = 0; k < Fingerprint; k++)
                {
                    for (var nibble = 0; nibble < 16; nibble++)
                    {
                        var any = k >= literal.Length;
                        low[k, nibble] |= (byte)(any || (literal[k] & 15) == nibble ? 1 << bucket : 0);
                        high[k, nibble] |= (byte)(any || literal[k] >> 4 == nibble ? 1 << bucket : 0);
                    }
                }
            }
        }

        for (var k = 0; k < Fingerprint; k++)
        {
            _low[k] = Vector128.Create(Enumerable.Range(0, 16).Select(nibble => low[k, nibble]).ToArray());
            _high[k] = Vector128.Create(Enumerable.Range(0, 16).Select(nibble => high[k, nibble]).ToArray());
        }
    }

    /// <summary>The fingerprint scan over every 16 positions whose fingerprints lie inside the buffer; the anchor scan for the rest.</summary>
    private int NextByFingerprint(ReadOnlySpan<byte> buffer, int from)
    {
        ref var start = ref MemoryMarshal.GetReference(buffer);
        var nibble = Vector128.Create((byte)15);
        var (low0, low1, low2) = (_low[0], _low[1], _low[2]);
        var (high0, high1, high2) = (_high[0], _high[1], _high[2]);
        var position = from;
        for (; position <= buffer.Length - Vector128<byte>.Count - Fingerprint + 1; position += Vector128<byte>.Count)
        {
            var first = Vector128.LoadUnsafe(ref start, (nuint)position);
            var second = Vector128.LoadUnsafe(ref start, (nuint)position + 1);
            var third = Vector128.LoadUnsafe(ref start, (nuint)position + 2);
            var found = Ssse3.Shuffle(low0, first & nibble) & Ssse3.Shuffle(high0, Sse2.ShiftRightLogical(first.AsUInt16(), 4).AsByte() & nibble)
                & Ssse3.Shuffle(low1, second & nibble) & Ssse3.Shuffle(high1, Sse2.ShiftRightLogical(second.AsUInt16(), 4).AsByte() & nibble)
                & Ssse3.Shuffle(low2, third & nibble) & Ssse3.Shuffle(high2, Sse2.ShiftRightLogical(third.AsUInt16(), 4).AsByte() & nibble);
            for (var lanes = Vector128.Equals(found, Vector128<byte>.Zero).ExtractMostSignificantBits() ^ 0xffffu; lanes != 0; lanes &= lanes - 1)
            {
                var lane = BitOperations.TrailingZeroCount(lanes);
                if (StartsHere(buffer, position + lane, found.GetElement(lane)))
                {
                    return position + lane;
                }
            }
        }

        return NextByAnchor(buffer, position);
    }

    /// <summary>Whether one of the literals of the <paramref name="buckets"/> (a bit each) starts at <paramref name="position"/>.</summary>
    private bool StartsHere(ReadOnlySpan<byte> buffer, int position, int buckets)
    {
        for (; buckets != 0; buckets &= buckets - 1)
        {
            foreach (var literal in _buckets[BitOperations.TrailingZeroCount(buckets)])
            {
                if (buffer[position..].StartsWith(literal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private int NextByAnchor(ReadOnlySpan<byte> buffer, int from)
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
