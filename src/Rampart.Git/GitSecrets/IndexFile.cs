using System.Buffers.Binary;
using Rampart.Git.Processes;

namespace Rampart.Git.GitSecrets;

/// <summary>One regular-file entry of the index: path (relative to the prefix), blob id, merge stage and the flags git grep heeds.</summary>
public sealed record IndexEntry(string Path, string ObjectId, int Stage, bool AssumeUnchanged, bool SkipWorktree);

/// <summary>
/// Reads the entries of a plain <c>.git/index</c> (versions 2 and 3, SHA-1) without starting
/// <c>git ls-files</c>: regular files only, each unmerged path once, in index order, with the
/// assume-unchanged (<c>CE_VALID</c>) and skip-worktree flags. Anything else — version 4, a split
/// or sparse index, a truncated file — returns null and the caller asks git.
/// </summary>
public static class IndexFile
{
    private const int HashSize = 20;

    /// <summary>The regular-file entries under <paramref name="prefix"/> (paths relative to it), or null when git must be asked.</summary>
    public static List<IndexEntry>? RegularFiles(string indexPath, string prefix)
    {
        byte[] data;
        try
        {
            data = File.ReadAllBytes(indexPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (data.Length < 12 || !data.AsSpan(0, 4).SequenceEqual("DIRC"u8))
        {
            return null;
        }

        var version = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(4));
        var count = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(8));
        if (version is not (2 or 3))
        {
            return null;
        }

        var entries = new List<IndexEntry>(count);
        var offset = 12;
        string? previous = null;
        for (var i = 0; i < count; i++)
        {
            if (offset + 62 > data.Length)
            {
                return null;
            }

            var mode = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(offset + 24));
            var flags = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(offset + 40 + HashSize));
            var extended = (flags & 0x4000) != 0 && version == 3;
            var extendedFlags = extended ? BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(offset + 42 + HashSize)) : 0;
            var nameStart = offset + 42 + HashSize + (extended ? 2 : 0);
            var nul = Array.IndexOf(data, (byte)0, nameStart);
            if (nul < 0)
            {
                return null;
            }

            var path = ByteString.FromBytes(data.AsSpan(nameStart, nul - nameStart));
            var objectId = data.AsSpan(offset + 40, HashSize);
            offset += (nul - offset + 8) & ~7;
            if (path == previous || (mode >> 12) != 0b1000 || !path.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            previous = path;
            entries.Add(new IndexEntry(
                path[prefix.Length..],
                Convert.ToHexStringLower(objectId),
                (flags >> 12) & 3,
                AssumeUnchanged: (flags & 0x8000) != 0,
                SkipWorktree: (extendedFlags & 0x4000) != 0));
        }

        return HasForeignExtension(data, offset) ? null : entries;
    }

    /// <summary>True when a split-index (<c>link</c>) or sparse-index (<c>sdir</c>) extension follows the entries.</summary>
    private static bool HasForeignExtension(byte[] data, int offset)
    {
        while (offset + 8 <= data.Length - HashSize)
        {
            var signature = data.AsSpan(offset, 4);
            if (signature.SequenceEqual("link"u8) || signature.SequenceEqual("sdir"u8))
            {
                return true;
            }

            offset += 8 + (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(offset + 4));
        }

        return false;
    }
}
