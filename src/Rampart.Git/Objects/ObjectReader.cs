using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Rampart.Git.Objects;

/// <summary>
/// Reads whole objects from an <see cref="ObjectDatabase"/>: finds the entry in a pack (or the
/// loose file), follows its delta chain to a cached or full base and applies the deltas forward,
/// keeping every object it builds in a least-recently-used cache bounded in bytes (consecutive
/// versions of a file are usually each other's delta bases, so a history walk mostly hits it).
/// </summary>
/// <remarks>
/// Blobs are built in buffers from the reader's <see cref="BufferPool"/>, which go back to it when
/// the cache drops them, so a long walk reuses the same memory instead of leaving it to the garbage
/// collector. So that a caller can hold two at once, a buffer handed out by one of the last two
/// <see cref="Read"/> calls is never recycled (versions built only on the way along a delta chain
/// are recycled as soon as the cache drops them). Callers must therefore not keep a blob's content
/// across more than one further read. Trees, which callers usually walk while reading others, are
/// pooled only by a reader created to pool them (its callers copy what they keep); commits never
/// are. Not thread-safe: one reader per thread.
/// </remarks>
public sealed class ObjectReader : IDisposable
{
    /// <summary>The size from which blobs are cached on the large shelf (see <see cref="Remember"/>).</summary>
    public const int LargeSize = 64 * 1024;

    private readonly Inflater _inflater = new();
    private readonly BufferPool _pool;
    private readonly ObjectDatabase _database;
    private readonly long _budget;
    private readonly Dictionary<(int Pack, long Offset), int> _cache = [];
    private readonly Shelf _small = new();
    private readonly Shelf _large = new();
    private readonly bool _poolTrees;
    private Cached[] _slots = new Cached[256];
    private int _usedSlots;
    private int _freeSlot = -1;
    private readonly List<(PackEntry Entry, long Offset)> _chain = [];
    private byte[] _delta = new byte[4096];
    private long _reads;

    internal ObjectReader(ObjectDatabase database, long budget, bool poolTrees) =>
        (_database, _budget, _pool, _poolTrees) = (database, budget, new BufferPool(budget / 2), poolTrees);

    /// <summary>The object named <paramref name="id"/>; throws <see cref="GitObjectException"/> when it is missing.</summary>
    public GitObject Read(ObjectId id)
    {
        _reads++;
        return ReadAny(id);
    }

    private GitObject ReadAny(ObjectId id)
    {
        var packs = _database.Packs;
        for (var i = 0; i < packs.Count; i++)
        {
            var offset = packs[i].Index.Find(id);
            if (offset >= 0)
            {
                return ReadPacked(i, offset);
            }
        }

        return ReadLoose(id);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _inflater.Dispose();
        _cache.Clear();
        _slots = [];
    }

    private GitObject ReadPacked(int packNumber, long offset)
    {
        var pack = _database.Packs[packNumber];
        _chain.Clear();
        GitObject result;
        while (true)
        {
            if (_cache.TryGetValue((packNumber, offset), out var slot))
            {
                ref var cached = ref _slots[slot];
                var shelf = cached.Object.Length >= LargeSize ? _large : _small;
                Unlink(shelf, slot);
                LinkFirst(shelf, slot);
                cached.HandedOut = _reads;
                result = cached.Object;
                break;
            }

            var entry = pack.ReadEntry(offset);
            if (entry.Type <= 4)
            {
                var kind = (ObjectKind)entry.Type;
                var buffer = Allocate(kind, entry.Size);
                pack.Inflate(_inflater, entry.DataOffset, buffer.AsSpan(0, (int)entry.Size));
                result = new GitObject(kind, buffer, (int)entry.Size);
                Remember(packNumber, offset, result, handedOut: _chain.Count == 0);
                break;
            }

            _chain.Add((entry, offset));
            if (_chain.Count > 10_000)
            {
                throw new GitObjectException($"delta chain at {offset} is longer than 10,000 links");
            }

            if (entry.Type == 6)
            {
                offset = entry.BaseOffset;
                continue;
            }

            var baseOffset = pack.Index.Find(entry.BaseId);
            if (baseOffset >= 0)
            {
                offset = baseOffset;
                continue;
            }

            var chain = _chain.ToList();
            result = ReadAny(entry.BaseId);
            _chain.Clear();
            _chain.AddRange(chain);
            break;
        }

        for (var i = _chain.Count - 1; i >= 0; i--)
        {
            var (entry, at) = _chain[i];
            var delta = pack.InflateDelta(_inflater, entry, at, ref _delta);
            var size = DeltaPatch.ResultSize(delta);
            var buffer = Allocate(result.Kind, size);
            DeltaPatch.Apply(result.Content, delta, buffer.AsSpan(0, size));
            result = new GitObject(result.Kind, buffer, size);
            Remember(packNumber, at, result, handedOut: i == 0);
        }

        return result;
    }

    private bool IsPooled(ObjectKind kind) => kind == ObjectKind.Blob || (_poolTrees && kind == ObjectKind.Tree);

    private byte[] Allocate(ObjectKind kind, long size) =>
        size > Array.MaxLength ? throw new GitObjectException($"object of {size} bytes is too large")
        : IsPooled(kind) ? _pool.Rent((int)size)
        : GC.AllocateUninitializedArray<byte>((int)size);

    private GitObject ReadLoose(ObjectId id)
    {
        var hex = id.ToString();
        var path = Path.Combine(_database.Directory, hex[..2], hex[2..]);
        byte[] compressed;
        try
        {
            compressed = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new GitObjectException($"object {hex} is missing");
        }

        try
        {
            using var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
            var header = new StringBuilder();
            int b;
            while ((b = zlib.ReadByte()) > 0 && header.Length < 64)
            {
                header.Append((char)b);
            }

            var parts = header.ToString().Split(' ');
            var kind = parts[0] switch { "commit" => ObjectKind.Commit, "tree" => ObjectKind.Tree, "blob" => ObjectKind.Blob, "tag" => ObjectKind.Tag, _ => ObjectKind.None };
            if (b != 0 || parts.Length != 2 || kind == ObjectKind.None || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            {
                throw new GitObjectException($"loose object {hex} has a bad header");
            }

            var content = GC.AllocateUninitializedArray<byte>(size);
            zlib.ReadExactly(content);
            return new GitObject(kind, content, size);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw new GitObjectException($"loose object {hex} does not inflate: {e.Message}");
        }
    }

    /// <summary>
    /// Caches an object on its shelf: small objects (trees, commits, most blobs) and large blobs
    /// each get half the budget, so a run of big file versions does not push out the trees every
    /// commit needs.
    /// </summary>
    private void Remember(int packNumber, long offset, GitObject value, bool handedOut)
    {
        var size = value.Length;
        if (size > _budget / 4)
        {
            return;
        }

        var shelf = size >= LargeSize ? _large : _small;
        var slot = NewSlot();
        _slots[slot] = new Cached { Pack = packNumber, Offset = offset, Object = value, HandedOut = handedOut ? _reads : -1 };
        LinkFirst(shelf, slot);
        _cache[(packNumber, offset)] = slot;
        shelf.Bytes += size;
        while (shelf.Bytes > _budget / 2 && shelf.Last >= 0)
        {
            var oldest = shelf.Last;
            var dropped = _slots[oldest];
            Unlink(shelf, oldest);
            _cache.Remove((dropped.Pack, dropped.Offset));
            shelf.Bytes -= dropped.Object.Length;
            if (dropped.HandedOut < _reads - 1)
            {
                Recycle(dropped.Object);
            }

            _slots[oldest] = new Cached { Next = _freeSlot };
            _freeSlot = oldest;
        }
    }

    private int NewSlot()
    {
        if (_freeSlot >= 0)
        {
            var free = _freeSlot;
            _freeSlot = _slots[free].Next;
            return free;
        }

        if (_usedSlots == _slots.Length)
        {
            Array.Resize(ref _slots, 2 * _slots.Length);
        }

        return _usedSlots++;
    }

    private void LinkFirst(Shelf shelf, int slot)
    {
        ref var cached = ref _slots[slot];
        (cached.Previous, cached.Next) = (-1, shelf.First);
        if (shelf.First >= 0)
        {
            _slots[shelf.First].Previous = slot;
        }

        shelf.First = slot;
        if (shelf.Last < 0)
        {
            shelf.Last = slot;
        }
    }

    private void Unlink(Shelf shelf, int slot)
    {
        var (previous, next) = (_slots[slot].Previous, _slots[slot].Next);
        if (previous >= 0)
        {
            _slots[previous].Next = next;
        }
        else
        {
            shelf.First = next;
        }

        if (next >= 0)
        {
            _slots[next].Previous = previous;
        }
        else
        {
            shelf.Last = previous;
        }
    }

    private void Recycle(GitObject dropped)
    {
        if (IsPooled(dropped.Kind))
        {
            _pool.Return(dropped.Buffer);
        }
    }

    /// <summary>A cached object and its place in its shelf's recency list (slot numbers, -1 for none; a free slot links to the next free one).</summary>
    private struct Cached
    {
        public int Pack;
        public long Offset;
        public GitObject Object;
        public long HandedOut;
        public int Previous;
        public int Next;
    }

    /// <summary>One least-recently-used list (most recent first) and the bytes it holds.</summary>
    private sealed class Shelf
    {
        public int First { get; set; } = -1;

        public int Last { get; set; } = -1;

        public long Bytes { get; set; }
    }
}
