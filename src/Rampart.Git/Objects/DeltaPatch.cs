namespace Rampart.Git.Objects;

/// <summary>
/// Applies a git delta: the base and result sizes as little-endian base-128 numbers, then copy
/// instructions (top bit set: offset and size bytes picked by the low seven bits, size 0 meaning
/// 0x10000) and insert instructions (1–127 literal bytes).
/// </summary>
public static class DeltaPatch
{
    /// <summary>The size of the object <paramref name="delta"/> builds.</summary>
    public static int ResultSize(ReadOnlySpan<byte> delta)
    {
        var position = 0;
        _ = ReadSize(delta, ref position);
        var size = ReadSize(delta, ref position);
        return size <= Array.MaxLength ? (int)size : throw new GitObjectException($"delta builds an object of {size} bytes");
    }

    /// <summary>Writes the object <paramref name="delta"/> builds from <paramref name="source"/> into <paramref name="result"/>, which has its <see cref="ResultSize"/>.</summary>
    public static void Apply(ReadOnlySpan<byte> source, ReadOnlySpan<byte> delta, Span<byte> result)
    {
        var position = 0;
        var sourceSize = ReadSize(delta, ref position);
        var resultSize = ReadSize(delta, ref position);
        if (sourceSize != source.Length || resultSize != result.Length)
        {
            throw new GitObjectException($"delta expects a base of {sourceSize} bytes, got {source.Length}");
        }

        var written = 0;
        while (position < delta.Length)
        {
            var op = delta[position++];
            if ((op & 0x80) != 0)
            {
                long offset = 0, size = 0;
                for (var i = 0; i < 4; i++)
                {
                    if ((op & (1 << i)) != 0)
                    {
                        offset |= (long)Next(delta, ref position) << (8 * i);
                    }
                }

                for (var i = 0; i < 3; i++)
                {
                    if ((op & (0x10 << i)) != 0)
                    {
                        size |= (long)Next(delta, ref position) << (8 * i);
                    }
                }

                size = size == 0 ? 0x10000 : size;
                if (offset + size > source.Length || written + size > result.Length)
                {
                    throw new GitObjectException("delta copies outside its base or result");
                }

                source.Slice((int)offset, (int)size).CopyTo(result[written..]);
                written += (int)size;
            }
            else if (op != 0)
            {
                if (position + op > delta.Length || written + op > result.Length)
                {
                    throw new GitObjectException("delta inserts past its end");
                }

                delta.Slice(position, op).CopyTo(result[written..]);
                position += op;
                written += op;
            }
            else
            {
                throw new GitObjectException("delta has the reserved instruction 0");
            }
        }

        if (written != result.Length)
        {
            throw new GitObjectException("delta result is shorter than announced");
        }
    }

    private static long ReadSize(ReadOnlySpan<byte> delta, ref int position)
    {
        long size = 0;
        var shift = 0;
        byte b;
        do
        {
            b = Next(delta, ref position);
            size |= (long)(b & 0x7f) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0 && shift < 63);
        return size;
    }

    private static byte Next(ReadOnlySpan<byte> delta, ref int position) =>
        position < delta.Length ? delta[position++] : throw new GitObjectException("delta ends in the middle of an instruction");
}
