using System.Buffers.Binary;

namespace Rampart.Secrets.Scanning;

/// <summary>
/// The keyword-bearing lines of the previous version of one path, by 64-bit hash, so that scanning
/// the next version of that path (history scans) can skip the lines it shares with the previous
/// one: they give the same findings, which the session already holds by fingerprint. Only the last version is kept, so
/// memory follows the size of a tree, not the length of the history.
/// </summary>
public sealed class LineMemory
{
    private HashSet<ulong> _previous = [];
    private HashSet<ulong> _current = [];

    /// <summary>Records a line of the version being scanned; true when the previous version had it.</summary>
    public bool Seen(int columnOffset, ReadOnlySpan<byte> bytes)
    {
        var hash = Hash(bytes) ^ (uint)columnOffset;
        _current.Add(hash);
        return _previous.Contains(hash);
    }

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
