namespace Rampart.Git.Objects;

/// <summary>
/// A repository's object directory (<c>.git/objects</c>): its packs, mapped once and shared, and
/// its loose objects. Readers (<see cref="CreateReader"/>) keep their own caches, so each thread
/// takes one. Alternates are not followed: a repository that has them is refused, and the caller
/// asks git instead.
/// </summary>
public sealed class ObjectDatabase : IDisposable
{
    private readonly List<PackFile> _packs;

    private ObjectDatabase(string directory, List<PackFile> packs) => (Directory, _packs) = (directory, packs);

    /// <summary>The object directory.</summary>
    public string Directory { get; }

    /// <summary>The packs, newest first (the order git searches them).</summary>
    public IReadOnlyList<PackFile> Packs => _packs;

    /// <summary>Opens <paramref name="objectsDirectory"/>.</summary>
    public static ObjectDatabase Open(string objectsDirectory)
    {
        if (!System.IO.Directory.Exists(objectsDirectory))
        {
            throw new GitObjectException($"object directory `{objectsDirectory}` does not exist");
        }

        if (File.Exists(Path.Combine(objectsDirectory, "info", "alternates")))
        {
            throw new GitObjectException($"object directory `{objectsDirectory}` borrows objects through alternates");
        }

        var packDirectory = Path.Combine(objectsDirectory, "pack");
        var packs = new List<PackFile>();
        try
        {
            var indexes = System.IO.Directory.Exists(packDirectory) ? System.IO.Directory.GetFiles(packDirectory, "pack-*.idx") : [];
            foreach (var index in indexes.OrderByDescending(File.GetLastWriteTimeUtc))
            {
                var pack = Path.ChangeExtension(index, ".pack");
                if (File.Exists(pack))
                {
                    packs.Add(new PackFile(pack, index));
                }
            }
        }
        catch
        {
            packs.ForEach(pack => pack.Dispose());
            throw;
        }

        return new ObjectDatabase(objectsDirectory, packs);
    }

    /// <summary>
    /// Where the object lies, as a number that sorts objects in storage order (pack by pack, then by
    /// offset; loose objects last): reading in that order keeps delta chains warm in a reader's cache.
    /// </summary>
    public long StorageOrder(ObjectId id)
    {
        for (var i = 0; i < _packs.Count; i++)
        {
            var offset = _packs[i].Index.Find(id);
            if (offset >= 0)
            {
                return Place(i, offset);
            }
        }

        return long.MaxValue;
    }

    /// <summary>Where an object is stored, as one number: its pack's number and its offset there (under 1 TiB, see <see cref="PackFile"/>).</summary>
    internal static long Place(int pack, long offset) => ((long)pack << 40) | offset;

    /// <summary>
    /// A reader with a cache of up to <paramref name="cacheBytes"/> bytes of inflated objects; with
    /// <paramref name="treeBytes"/> it keeps trees apart in a <see cref="TreeRing"/> of that many
    /// bytes, for a caller that copies any tree it keeps past its next read.
    /// </summary>
    public ObjectReader CreateReader(long cacheBytes = 16L << 20, int treeBytes = 0) => new(this, cacheBytes, treeBytes);

    /// <inheritdoc/>
    public void Dispose() => _packs.ForEach(pack => pack.Dispose());
}
