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
/// across more than one further read. Trees, which callers usually walk while reading others, get
/// buffers of their own, except in a reader created with a <see cref="TreeRing"/>: there a tree
/// stays readable only until the next read (its callers copy what they keep). Commits always get
/// buffers of their own. Not thread-safe: one reader per thread.
/// </remarks>
public sealed class ObjectReader : IDisposable
{
    /// <summary>The size from which blobs are cached on the large shelf (see <see cref="Remember"/>).</summary>
    public const int LargeSize = 64 * 1024;

    private readonly Inflater _inflater = new();
    private readonly BufferPool _pool;
    private readonly ObjectDatabase _database;
    private readonly long _budget;
    private readonly Dictionary<long, int> _cache = [];
    private readonly Shelf _small = new();
    private readonly Shelf _large = new();
    private readonly TreeRing? _trees;
    private readonly List<int> _dropped = [];
    private Cached[] _slots = new Cached[256];
    private int _usedSlots;
    private int _freeSlot = -1;
    private readonly List<(PackEntry Entry, long Offset)> _chain = [];
    private byte[] _delta = new byte[4096];
    private long _reads;

    internal ObjectReader(ObjectDatabase database, long budget, int treeBytes) =>
        (_database, _budget, _pool, _trees) = (database, budget, new BufferPool(budget / 2), treeBytes > 0 ? new TreeRing(treeBytes) : null);

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
            if (_cache.TryGetValue(ObjectDatabase.Place(packNumber, offset), out var slot))
            {
                ref var cached = ref _slots[slot];
                if (cached.InRing)
                {
                    result = cached.Object;
                    break;
                }

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
                result = Allocate(kind, entry.Size, packNumber, offset, default);
                pack.Inflate(_inflater, entry.DataOffset, result.Writable);
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
            var built = Allocate(result.Kind, DeltaPatch.ResultSize(delta), packNumber, at, result);
            DeltaPatch.Apply(result.Content, delta, built.Writable);
            result = built;
            Remember(packNumber, at, result, handedOut: i == 0);
        }

        return result;
    }

    /// <summary>
    /// Room for the object at <paramref name="offset"/> of a pack: a tree in the reader's ring when it
    /// has one (not over <paramref name="built"/>, the base it is built from, and placed already so
    /// that the cache knows it — a reader whose read throws on a corrupt pack is not read from again:
    /// its callers leave the objects to git), a blob in a pooled buffer, anything else in a buffer of its own.
    /// </summary>
    private GitObject Allocate(ObjectKind kind, long size, int packNumber, long offset, GitObject built)
    {
        if (size > Array.MaxLength)
        {
            throw new GitObjectException($"object of {size} bytes is too large");
        }

        if (kind == ObjectKind.Tree && _trees is not null && _trees.Holds(size))
        {
            var slot = NewSlot();
            var (keepStart, keepEnd) = built.Buffer == _trees.Buffer ? (built.Offset, built.Offset + built.Length) : (0, 0);
            _dropped.Clear();
            var start = _trees.Place((int)size, slot, keepStart, keepEnd, _dropped);
            foreach (var dropped in _dropped)
            {
                _cache.Remove(_slots[dropped].Place);
                FreeSlot(dropped);
            }

            var placed = new GitObject(kind, _trees.Buffer, start, (int)size);
            _slots[slot] = new Cached { Place = ObjectDatabase.Place(packNumber, offset), Object = placed, InRing = true };
            _cache[_slots[slot].Place] = slot;
            return placed;
        }

        return new GitObject(kind, kind == ObjectKind.Blob ? _pool.Rent((int)size) : GC.AllocateUninitializedArray<byte>((int)size), 0, (int)size);
    }

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
            return new GitObject(kind, content, 0, size);
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
        if (size > _budget / 4 || (_trees is not null && value.Buffer == _trees.Buffer))
        {
            return;
        }

        var shelf = size >= LargeSize ? _large : _small;
        var slot = NewSlot();
        _slots[slot] = new Cached { Place = ObjectDatabase.Place(packNumber, offset), Object = value, HandedOut = handedOut ? _reads : -1 };
        LinkFirst(shelf, slot);
        _cache[_slots[slot].Place] = slot;
        shelf.Bytes += size;
        while (shelf.Bytes > _budget / 2 && shelf.Last >= 0)
        {
            var oldest = shelf.Last;
            var dropped = _slots[oldest];
            Unlink(shelf, oldest);
            _cache.Remove(dropped.Place);
            shelf.Bytes -= dropped.Object.Length;
            if (dropped.HandedOut < _reads - 1)
            {
                Recycle(dropped.Object);
            }

            FreeSlot(oldest);
        }
    }

    private void FreeSlot(int slot)
    {
        _slots[slot] = new Cached { Next = _freeSlot };
        _freeSlot = slot;
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
        if (dropped.Kind == ObjectKind.Blob)
        {
            _pool.Return(dropped.Buffer);
        }
    }

    /// <summary>A cached object and its place in its shelf's recency list (slot numbers, -1 for none; a free slot links to the next free one).</summary>
    private struct Cached
    {
        public long Place;
        public GitObject Object;
        public long HandedOut;
        public bool InRing;
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
