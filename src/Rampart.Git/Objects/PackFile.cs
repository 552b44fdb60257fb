namespace Rampart.Git.Objects;

/// <summary>
/// One <c>pack-*.pack</c>, mapped into memory read-only and shared by every reader, with its
/// index. Reads an entry's header and inflates its data; resolving deltas is the reader's job.
/// </summary>
public sealed unsafe class PackFile : IDisposable
{
    private readonly MappedFile _mapped;
    private readonly byte* _start;
    private readonly long _length;

    /// <summary>Maps <paramref name="packPath"/> and loads <paramref name="indexPath"/>.</summary>
    public PackFile(string packPath, string indexPath)
    {
        _length = new FileInfo(packPath).Length;
        if (_length < 32)
        {
            throw new GitObjectException($"pack `{packPath}` is truncated");
        }

        if (_length >= 1L << 40)
        {
            throw new GitObjectException($"pack `{packPath}` is 1 TiB or larger, more than the reader places objects in");
        }

        Index = PackIndex.Load(indexPath);
        try
        {
            _mapped = new MappedFile(packPath, _length);
        }
        catch
        {
            Index.Dispose();
            throw;
        }

        _start = _mapped.Start;
        if (new ReadOnlySpan<byte>(_start, 4).SequenceEqual("PACK"u8) is false)
        {
            Dispose();
            throw new GitObjectException($"`{packPath}` is not a pack");
        }
    }

    /// <summary>The pack's index.</summary>
    public PackIndex Index { get; }

    /// <summary>The entry at <paramref name="offset"/>: its type (1–4, or 6/7 for deltas), inflated size, base and data offset.</summary>
    public PackEntry ReadEntry(long offset)
    {
        var position = offset;
        var b = Byte(position++);
        var type = (b >> 4) & 7;
        long size = b & 15;
        var shift = 4;
        while ((b & 0x80) != 0)
        {
            b = Byte(position++);
            size |= (long)(b & 0x7f) << shift;
            shift += 7;
        }

        long baseOffset = -1;
        ObjectId baseId = default;
        if (type == 6)
        {
            b = Byte(position++);
            long distance = b & 0x7f;
            while ((b & 0x80) != 0)
            {
                b = Byte(position++);
                distance = ((distance + 1) << 7) | (long)(b & 0x7f);
            }

            baseOffset = offset - distance;
            if (baseOffset < 12 || baseOffset >= offset)
            {
                throw new GitObjectException($"pack entry at {offset} points to a base outside the pack");
            }
        }
        else if (type == 7)
        {
            if (position + ObjectId.Size > _length)
            {
                throw new GitObjectException($"pack entry at {offset} is truncated");
            }

            baseId = ObjectId.FromRaw(new ReadOnlySpan<byte>(_start + position, ObjectId.Size));
            position += ObjectId.Size;
        }
        else if (type is < 1 or > 4)
        {
            throw new GitObjectException($"pack entry at {offset} has unknown type {type}");
        }

        if (size > ((_length - position) * 1032) + 64)
        {
            throw new GitObjectException($"pack entry at {offset} claims {size} bytes, more than its data can hold");
        }

        return new PackEntry(type, size, position, baseOffset, baseId);
    }

    /// <summary>Inflates the zlib data that starts at <paramref name="dataOffset"/> into exactly <paramref name="destination"/>.</summary>
    public void Inflate(Inflater inflater, long dataOffset, Span<byte> destination)
    {
        if (!inflater.TryInflate(_start + dataOffset, _length - dataOffset, destination))
        {
            throw new GitObjectException($"pack data at {dataOffset} does not inflate to {destination.Length} bytes");
        }
    }

    /// <summary>
    /// Inflates the delta <paramref name="entry"/> (the entry at <paramref name="offset"/>) into
    /// <paramref name="scratch"/>, grown when too small, and returns its instructions.
    /// </summary>
    public ReadOnlySpan<byte> InflateDelta(Inflater inflater, PackEntry entry, long offset, ref byte[] scratch)
    {
        if (entry.Size > Array.MaxLength)
        {
            throw new GitObjectException($"delta at {offset} is too large");
        }

        if (scratch.Length < entry.Size)
        {
            scratch = new byte[Math.Max(entry.Size, 2L * scratch.Length)];
        }

        var delta = scratch.AsSpan(0, (int)entry.Size);
        Inflate(inflater, entry.DataOffset, delta);
        return delta;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _mapped.Dispose();
        Index.Dispose();
    }

    private byte Byte(long position) =>
        position < _length ? _start[position] : throw new GitObjectException($"pack entry at {position} is truncated");
}
