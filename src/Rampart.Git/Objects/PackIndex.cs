using System.Buffers.Binary;

namespace Rampart.Git.Objects;

/// <summary>
/// A version-2 pack index (<c>pack-*.idx</c>): the fan-out table, the sorted object names and
/// their offsets in the pack (31-bit, or an index into the 64-bit table when the top bit is set).
/// Mapped into memory read-only (not copied: the pages a search reads are all it costs) and shared
/// by every reader; lookups are a binary search among the names that share the first two bytes (a
/// table built at load, one or two names each in a large pack).
/// </summary>
public sealed unsafe class PackIndex : IDisposable
{
    private static ReadOnlySpan<byte> Magic => [0xff, (byte)'t', (byte)'O', (byte)'c', 0, 0, 0, 2];

    private readonly MappedFile _mapped;
    private readonly int _names;
    private readonly int _offsets;
    private readonly int _largeOffsets;
    private readonly int[] _firstOfPrefix;

    private PackIndex(MappedFile mapped, int count)
    {
        _mapped = mapped;
        var data = Data;
        _names = Magic.Length + (256 * 4);
        _offsets = _names + (count * (ObjectId.Size + 4));
        _largeOffsets = _offsets + (count * 4);
        _firstOfPrefix = new int[(1 << 16) + 1];
        var position = 0;
        for (var prefix = 0; prefix < 1 << 16; prefix++)
        {
            _firstOfPrefix[prefix] = position;
            while (position < count && BinaryPrimitives.ReadUInt16BigEndian(data[(_names + (position * ObjectId.Size))..]) == prefix)
            {
                position++;
            }
        }

        _firstOfPrefix[1 << 16] = count;
    }

    /// <summary>Maps the index at <paramref name="path"/>.</summary>
    public static PackIndex Load(string path)
    {
        var length = new FileInfo(path).Length;
        if (length < Magic.Length + (256 * 4) + (2 * ObjectId.Size) || length > int.MaxValue)
        {
            throw new GitObjectException($"pack index `{path}` is not a version-2 index");
        }

        var mapped = new MappedFile(path, length);
        var data = new ReadOnlySpan<byte>(mapped.Start, (int)length);
        var count = data[..Magic.Length].SequenceEqual(Magic) ? (long)BinaryPrimitives.ReadUInt32BigEndian(data[(Magic.Length + (255 * 4))..]) : -1;
        if (count < 0 || Magic.Length + (256 * 4) + (count * (ObjectId.Size + 8)) + (2 * ObjectId.Size) > length)
        {
            mapped.Dispose();
            throw new GitObjectException(count < 0 ? $"pack index `{path}` is not a version-2 index" : $"pack index `{path}` is truncated");
        }

        return new PackIndex(mapped, (int)count);
    }

    /// <summary>How many objects the pack holds.</summary>
    public int Count => (_offsets - _names) / (ObjectId.Size + 4);

    /// <summary>The object's offset in the pack, or -1 when this pack does not have it.</summary>
    public long Find(ObjectId id) => Position(id) is var position and >= 0 ? Offset(position) : -1;

    /// <summary>The object's position among the index's sorted names, or -1 when this pack does not have it.</summary>
    public int Position(ObjectId id)
    {
        var prefix = id.FirstTwoBytes;
        var low = _firstOfPrefix[prefix];
        var high = _firstOfPrefix[prefix + 1] - 1;
        while (low <= high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            var order = id.CompareTo(Data.Slice(_names + (middle * ObjectId.Size), ObjectId.Size));
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                high = middle - 1;
            }
            else
            {
                low = middle + 1;
            }
        }

        return -1;
    }

    /// <summary>The offset in the pack of the object at <paramref name="position"/> among the sorted names.</summary>
    public long Offset(int position)
    {
        var offset = BinaryPrimitives.ReadUInt32BigEndian(Data[(_offsets + (position * 4))..]);
        if ((offset & 0x8000_0000u) == 0)
        {
            return offset;
        }

        var large = _largeOffsets + ((int)(offset & 0x7fff_ffffu) * 8);
        if (large + 8 > _mapped.Length)
        {
            throw new GitObjectException("pack index has a large offset outside its table");
        }

        return (long)BinaryPrimitives.ReadUInt64BigEndian(Data[large..]);
    }

    /// <inheritdoc/>
    public void Dispose() => _mapped.Dispose();

    private ReadOnlySpan<byte> Data => new(_mapped.Start, (int)_mapped.Length);
}
