using System.Buffers.Binary;
using Rampart.Secrets.Rules;

namespace Rampart.Secrets.Scanning;

/// <summary>
/// The keyword-bearing lines of the previous version of one path, by 64-bit hash, with what each
/// line gave, so that scanning the next version of that path (history scans) does not match the
/// lines it shares with the previous one again: their findings are recalled instead, at the line's
/// new number. A blob's findings are therefore always complete, whichever path it is later seen
/// at. Only the last version is kept, so memory follows the size of a tree, not the length of the
/// history.
/// </summary>
public sealed class LineMemory
{
    private Dictionary<ulong, LineFinding[]> _previous = [];
    private Dictionary<ulong, LineFinding[]> _current = [];

    /// <summary>The key of a line (or of a segment of an overlong line, by its offset).</summary>
    public static ulong Key(int columnOffset, ReadOnlySpan<byte> bytes) => Hash(bytes) ^ (uint)columnOffset;

    /// <summary>What the previous version's identical line gave (recorded for this version too), or null when it had none.</summary>
    public LineFinding[]? Recall(ulong key)
    {
        if (!_previous.TryGetValue(key, out var found))
        {
            return null;
        }

        _current[key] = found;
        return found;
    }

    /// <summary>Records what a line of the version being scanned gave.</summary>
    public void Remember(ulong key, LineFinding[] found) => _current[key] = found;

    /// <summary>Ends a version: its lines become the previous version's.</summary>
    public void Next()
    {
        (_previous, _current) = (_current, _previous);
        _current.Clear();
    }

    private static ulong Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = 0x9E3779B97F4A7C15UL ^ ((ulong)bytes.Length * 0xC2B2AE3D27D4EB4FUL);
        while (bytes.Length >= 8)
        {
            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes)) * 0xFF51AFD7ED558CCDUL;
            hash ^= hash >> 31;
            bytes = bytes[8..];
        }

        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 0x100000001B3UL;
        }

        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53UL;
        return hash ^ (hash >> 29);
    }
}

/// <summary>One finding of a remembered line: rule, column and secret (the line number comes from where the line is now).</summary>
public readonly record struct LineFinding(SecretRule Rule, int Column, string Secret);
