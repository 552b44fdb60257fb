namespace Rampart.Git.Objects;

/// <summary>
/// Builds every blob a pack stores exactly once and hands each to a visitor: a whole blob, then,
/// depth first, the deltas built on it (the order in which git index-pack resolves deltas). A base
/// stays in memory only until its last delta is built, so a chain of versions is built in two
/// buffers that stay in the CPU's cache. Reading history commit by commit builds a blob again
/// whenever a reader's cache has dropped it or a base on its delta chain; this walk never does, and
/// its memory is the bases still waiting for deltas, not the history.
/// </summary>
/// <remarks>
/// Not visited: blobs larger than the caller's limit or than an array can hold (and the deltas
/// built on them), and deltas whose base is in another pack or loose. Trees, commits and tags are
/// skipped unread (only their entry headers are parsed, to learn which delta families are blobs).
/// </remarks>
public static class PackBlobWalk
{
    /// <summary>
    /// Receives one blob, its spans valid only during the call: its position among the pack index's
    /// names and its content; for a delta also the position and content of the base it was built
    /// from (visited before it, on the same thread) and the delta itself (see
    /// <see cref="DeltaPatch.Steps"/>); for a whole blob the base position is -1 and both spans are empty.
    /// </summary>
    public delegate void Visitor(int position, ReadOnlySpan<byte> content, int basePosition, ReadOnlySpan<byte> baseContent, ReadOnlySpan<byte> delta);

    /// <summary>
    /// Visits the blobs of <paramref name="pack"/> no larger than <paramref name="largest"/> bytes on
    /// <paramref name="workers"/> threads; each thread asks <paramref name="createVisitor"/> for its
    /// own visitor. Throws <see cref="GitObjectException"/> when the pack is corrupt.
    /// </summary>
    public static void Visit(PackFile pack, int workers, long largest, Func<Visitor> createVisitor)
    {
        largest = Math.Min(largest, Array.MaxLength);
        var families = Families.Read(pack);
        var next = -1;
        Parallel.For(0, Math.Max(1, workers), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workers) }, _ =>
        {
            var visit = createVisitor();
            using var builder = new Builder(pack, families, largest, visit);
            for (var root = Interlocked.Increment(ref next); root < families.Roots.Length; root = Interlocked.Increment(ref next))
            {
                builder.Build(families.Roots[root]);
            }
        });
    }

    /// <summary>
    /// The pack's delta families: for each entry its offset and the entries built on it
    /// (<see cref="FirstChild"/> indexes <see cref="Children"/>, compressed-row style), and the whole
    /// blobs the families start from, in pack order.
    /// </summary>
    private sealed class Families
    {
        private const sbyte Unresolved = -1;
        private const sbyte Orphan = 0;
        private const int BlobType = 3;

        private Families(long[] offsets, int[] firstChild, int[] children, int[] roots) =>
            (Offsets, FirstChild, Children, Roots) = (offsets, firstChild, children, roots);

        public long[] Offsets { get; }

        public int[] FirstChild { get; }

        public int[] Children { get; }

        public int[] Roots { get; }

        public static Families Read(PackFile pack)
        {
            var count = pack.Index.Count;
            var offsets = new long[count];
            for (var position = 0; position < count; position++)
            {
                offsets[position] = pack.Index.Offset(position);
            }

            // Headers are read in pack order, front to back rather than at random; an offset delta's
            // base lies before it, so its type is known already (a delta on a named object may
            // come first and is resolved after).
            var (sorted, inPackOrder) = InPackOrder(offsets);
            var parent = new int[count];
            var type = new sbyte[count];
            for (var rank = 0; rank < count; rank++)
            {
                var position = inPackOrder[rank];
                var entry = pack.ReadEntry(sorted[rank]);
                parent[position] = entry.Type switch
                {
                    6 => Before(sorted, rank, entry.BaseOffset) is var found and >= 0
                        ? inPackOrder[found]
                        : throw new GitObjectException($"pack entry at {sorted[rank]} is a delta on {entry.BaseOffset}, where no entry starts"),
                    7 => pack.Index.Position(entry.BaseId),
                    _ => -1,
                };
                type[position] = entry.Type switch
                {
                    6 => type[parent[position]],
                    7 => parent[position] < 0 ? Orphan : Unresolved,
                    _ => (sbyte)entry.Type,
                };
            }

            foreach (var position in inPackOrder)
            {
                ResolveType(position, parent, type);
            }

            var firstChild = new int[count + 1];
            for (var position = 0; position < count; position++)
            {
                if (parent[position] >= 0 && type[position] == BlobType)
                {
                    firstChild[parent[position] + 1]++;
                }
            }

            for (var position = 0; position < count; position++)
            {
                firstChild[position + 1] += firstChild[position];
            }

            var children = new int[firstChild[count]];
            var filled = (int[])firstChild.Clone();
            var roots = new List<int>();
            foreach (var position in inPackOrder)
            {
                if (type[position] != BlobType)
                {
                    continue;
                }

                if (parent[position] >= 0)
                {
                    children[filled[parent[position]]++] = position;
                }
                else
                {
                    roots.Add(position);
                }
            }

            return new Families(offsets, firstChild, children, [.. roots]);
        }

        /// <summary>
        /// The offsets in increasing order and the positions they belong to: a radix sort, 16 bits a
        /// pass, the passes above the largest offset's top bit skipped (two for a pack under 4 GiB).
        /// </summary>
        private static (long[] Sorted, int[] Positions) InPackOrder(long[] offsets)
        {
            var (keys, values) = (offsets.ToArray(), Enumerable.Range(0, offsets.Length).ToArray());
            var (otherKeys, otherValues) = (new long[keys.Length], new int[keys.Length]);
            var counts = new int[(1 << 16) + 1];
            var largest = offsets.Length == 0 ? 0 : offsets.Max();
            for (var shift = 0; shift < 64 && largest >> shift != 0; shift += 16)
            {
                Array.Clear(counts);
                foreach (var key in keys)
                {
                    counts[((key >> shift) & 0xffff) + 1]++;
                }

                for (var digit = 0; digit < 1 << 16; digit++)
                {
                    counts[digit + 1] += counts[digit];
                }

                for (var i = 0; i < keys.Length; i++)
                {
                    var at = counts[(keys[i] >> shift) & 0xffff]++;
                    (otherKeys[at], otherValues[at]) = (keys[i], values[i]);
                }

                (keys, otherKeys, values, otherValues) = (otherKeys, keys, otherValues, values);
            }

            return (keys, values);
        }

        /// <summary>
        /// The rank of <paramref name="offset"/> among the first <paramref name="rank"/> sorted offsets,
        /// or a negative number: a base mostly lies shortly before its delta, so the search widens
        /// backwards from there before it halves.
        /// </summary>
        private static int Before(long[] sorted, int rank, long offset)
        {
            var high = rank;
            var low = rank - 1;
            for (var step = 1; low > 0 && sorted[low] > offset; step *= 2)
            {
                high = low;
                low = Math.Max(0, rank - 1 - step);
            }

            return low < 0 ? -1 : Array.BinarySearch(sorted, low, high - low, offset);
        }

        /// <summary>Gives a delta the type of the whole object its chain starts from (orphan when that lies outside the pack).</summary>
        private static void ResolveType(int position, int[] parent, sbyte[] type)
        {
            var at = position;
            for (var steps = 0; type[at] == Unresolved; steps++)
            {
                at = steps <= type.Length ? parent[at] : throw new GitObjectException($"pack delta chains loop at entry {position}");
            }

            for (var member = position; type[member] == Unresolved; member = parent[member])
            {
                type[member] = type[at];
            }
        }
    }

    /// <summary>One thread's builder: its inflater, its buffers and the stack of bases being built on.</summary>
    private sealed class Builder(PackFile pack, Families families, long largest, Visitor visit) : IDisposable
    {
        private readonly Inflater _inflater = new();
        private readonly BufferPool _pool = new(16L << 20);
        private readonly Stack<(int Position, byte[] Buffer, int Length, int NextChild)> _bases = new();
        private byte[] _delta = new byte[4096];

        public void Build(int root)
        {
            var entry = pack.ReadEntry(families.Offsets[root]);
            if (entry.Size > largest)
            {
                return;
            }

            var buffer = _pool.Rent((int)entry.Size);
            pack.Inflate(_inflater, entry.DataOffset, buffer.AsSpan(0, (int)entry.Size));
            Built(root, buffer, (int)entry.Size, -1, [], []);
            while (_bases.TryPop(out var top))
            {
                var child = families.Children[top.NextChild];
                var lastChild = top.NextChild + 1 == families.FirstChild[top.Position + 1];
                if (!lastChild)
                {
                    _bases.Push(top with { NextChild = top.NextChild + 1 });
                }

                var delta = Delta(child);
                var size = DeltaPatch.ResultSize(delta);
                if (size <= largest)
                {
                    var built = _pool.Rent(size);
                    DeltaPatch.Apply(top.Buffer.AsSpan(0, top.Length), delta, built.AsSpan(0, size));
                    Built(child, built, size, top.Position, top.Buffer.AsSpan(0, top.Length), delta);
                }

                if (lastChild)
                {
                    _pool.Return(top.Buffer);
                }
            }
        }

        public void Dispose() => _inflater.Dispose();

        private void Built(int position, byte[] buffer, int length, int basePosition, ReadOnlySpan<byte> baseContent, ReadOnlySpan<byte> delta)
        {
            visit(position, buffer.AsSpan(0, length), basePosition, baseContent, delta);
            if (families.FirstChild[position] == families.FirstChild[position + 1])
            {
                _pool.Return(buffer);
            }
            else
            {
                _bases.Push((position, buffer, length, families.FirstChild[position]));
            }
        }

        private ReadOnlySpan<byte> Delta(int position) =>
            pack.InflateDelta(_inflater, pack.ReadEntry(families.Offsets[position]), families.Offsets[position], ref _delta);
    }
}
