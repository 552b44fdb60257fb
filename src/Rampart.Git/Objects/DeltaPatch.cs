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
        foreach (var step in Steps(delta, source.Length, result.Length))
        {
            var piece = step.Source >= 0 ? source.Slice(step.Source, step.Length) : delta.Slice(step.Data, step.Length);
            piece.CopyTo(result[step.Target..]);
        }
    }

    /// <summary>
    /// The instructions of <paramref name="delta"/>, checked against the sizes of the base and the
    /// result it is applied to: each says where in the result its bytes go and whether they are copied
    /// from the base or inserted from the delta.
    /// </summary>
    public static StepEnumerator Steps(ReadOnlySpan<byte> delta, int sourceLength, int resultLength) => new(delta, sourceLength, resultLength);

    /// <summary>One instruction: <see cref="Length"/> bytes at <see cref="Target"/> in the result, copied from <see cref="Source"/> in the base, or (Source -1) inserted from <see cref="Data"/> in the delta.</summary>
    public readonly record struct Step(int Target, int Length, int Source, int Data);

    /// <summary>Walks a delta's instructions (see <see cref="Steps"/>).</summary>
    public ref struct StepEnumerator
    {
        private readonly ReadOnlySpan<byte> _delta;
        private readonly int _sourceLength;
        private readonly int _resultLength;
        private int _position;
        private int _written;

        internal StepEnumerator(ReadOnlySpan<byte> delta, int sourceLength, int resultLength)
        {
            _delta = delta;
            (_sourceLength, _resultLength) = (sourceLength, resultLength);
            var sourceSize = ReadSize(delta, ref _position);
            var resultSize = ReadSize(delta, ref _position);
            if (sourceSize != sourceLength || resultSize != resultLength)
            {
                throw new GitObjectException($"delta expects a base of {sourceSize} bytes, got {sourceLength}");
            }
        }

        /// <summary>The current instruction.</summary>
        public Step Current { get; private set; }

        /// <summary>This enumerator, for <c>foreach</c>.</summary>
        public readonly StepEnumerator GetEnumerator() => this;

        /// <summary>Reads the next instruction; false after the last, which must fill the result exactly.</summary>
        public bool MoveNext()
        {
            if (_position >= _delta.Length)
            {
                return _written == _resultLength ? false : throw new GitObjectException("delta result is shorter than announced");
            }

            var op = _delta[_position++];
            if ((op & 0x80) != 0)
            {
                long offset = 0, size = 0;
                for (var i = 0; i < 4; i++)
                {
                    if ((op & (1 << i)) != 0)
                    {
                        offset |= (long)Next(_delta, ref _position) << (8 * i);
                    }
                }

                for (var i = 0; i < 3; i++)
                {
                    if ((op & (0x10 << i)) != 0)
                    {
                        size |= (long)Next(_delta, ref _position) << (8 * i);
                    }
                }

                size = size == 0 ? 0x10000 : size;
                if (offset + size > _sourceLength || _written + size > _resultLength)
                {
                    throw new GitObjectException("delta copies outside its base or result");
                }

                Current = new Step(_written, (int)size, (int)offset, -1);
                _written += (int)size;
                return true;
            }

            if (op == 0)
            {
                throw new GitObjectException("delta has the reserved instruction 0");
            }

            if (_position + op > _delta.Length || _written + op > _resultLength)
            {
                throw new GitObjectException("delta inserts past its end");
            }

            Current = new Step(_written, op, -1, _position);
            _position += op;
            _written += op;
            return true;
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
