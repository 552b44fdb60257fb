using System.Buffers.Binary;

namespace Rampart.Git.Objects;

/// <summary>
/// Tree objects: entries of <c>MODE SP NAME NUL ID</c> in git's tree order, read one at a time
/// (<see cref="TryRead"/>) so a walk that skips identical stretches parses only what differs.
/// </summary>
public static class Tree
{
    /// <summary>A subdirectory.</summary>
    public const int DirectoryMode = 0x4000;

    /// <summary>A submodule commit.</summary>
    public const int GitlinkMode = 0xE000;

    /// <summary>The bits that give an entry's type.</summary>
    public const int TypeMask = 0xF000;

    /// <summary>Reads the entry at <paramref name="position"/> of <paramref name="content"/>; false at the end.</summary>
    public static bool TryRead(ReadOnlySpan<byte> content, int position, out TreeEntry entry)
    {
        if (position >= content.Length)
        {
            entry = default;
            return false;
        }

        var (mode, i) = position + 8 <= content.Length ? CommonMode(content.Slice(position, 8)) : (0, 0);
        i += position;
        for (; i < content.Length && content[i] != ' '; i++)
        {
            var digit = content[i] - '0';
            if (digit is < 0 or > 7 || i - position > 7)
            {
                throw new GitObjectException("tree object has a malformed mode");
            }

            mode = (mode << 3) | digit;
        }

        var nameStart = i + 1;
        var nul = nameStart < content.Length ? content[nameStart..].IndexOf((byte)0) : -1;
        if (i == position || nul < 0 || nameStart + nul + 1 + ObjectId.Size > content.Length)
        {
            throw new GitObjectException("tree object has a malformed entry");
        }

        entry = new TreeEntry(mode, nameStart, nul);
        return true;
    }

    /// <summary>
    /// The modes git writes (<c>40000</c>, <c>100644</c>, <c>100755</c>, <c>120000</c>, <c>160000</c>)
    /// read from an entry's first bytes in one step: the mode and how many bytes it takes; (0, 0) for
    /// any other start, which is then read digit by digit.
    /// </summary>
    private static (int Mode, int Length) CommonMode(ReadOnlySpan<byte> start)
    {
        var first = BinaryPrimitives.ReadUInt64LittleEndian(start);
        return (first & 0xFFFF_FFFF_FFFF) == 0x20_30_30_30_30_34 ? (DirectoryMode, 5)
            : (first & 0xFF_FFFF_FFFF_FFFF) switch
            {
                0x20_34_34_36_30_30_31 => (0x81A4, 6),
                0x20_35_35_37_30_30_31 => (0x81ED, 6),
                0x20_30_30_30_30_32_31 => (0xA000, 6),
                0x20_30_30_30_30_36_31 => (GitlinkMode, 6),
                _ => (0, 0),
            };
    }

    /// <summary>True for a subdirectory entry.</summary>
    public static bool IsDirectory(int mode) => (mode & TypeMask) == DirectoryMode;

    /// <summary>True for a submodule entry.</summary>
    public static bool IsGitlink(int mode) => (mode & TypeMask) == GitlinkMode;

    /// <summary>
    /// git's tree order (<c>base_name_compare</c>): bytes, with a directory's name compared as if it
    /// ended in <c>/</c>.
    /// </summary>
    public static int Compare(ReadOnlySpan<byte> left, in TreeEntry a, ReadOnlySpan<byte> right, in TreeEntry b)
    {
        var x = a.Name(left);
        var y = b.Name(right);
        var common = Math.Min(x.Length, y.Length);
        var order = x[..common].SequenceCompareTo(y[..common]);
        if (order != 0)
        {
            return order;
        }

        var c1 = x.Length > common ? x[common] : IsDirectory(a.Mode) ? (byte)'/' : (byte)0;
        var c2 = y.Length > common ? y[common] : IsDirectory(b.Mode) ? (byte)'/' : (byte)0;
        return c1.CompareTo(c2);
    }
}
