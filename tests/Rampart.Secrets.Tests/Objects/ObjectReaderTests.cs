using System.Diagnostics;
using Rampart.Git.Objects;
using Rampart.Secrets.Tests.Support;

namespace Rampart.Secrets.Tests.Objects;

public sealed class ObjectReaderTests
{
    [Theory]
    [InlineData(false, true)]
    [InlineData(true, true)]
    [InlineData(true, false)]
    public void Read_EveryObject_SameTypeAndBytesAsGitCatFile(bool packed, bool offsetDeltas)
    {
        using var repo = History(packed, offsetDeltas);
        var listed = repo.Run("git", "cat-file", "--batch-all-objects", "--batch-check=%(objectname) %(objecttype)")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' '))
            .ToList();
        listed.Count.ShouldBeGreaterThan(100);

        using var database = ObjectDatabase.Open(Path.Combine(repo.Path, ".git", "objects"));
        using var reader = database.CreateReader(cacheBytes: 64 * 1024);
        foreach (var (name, type) in listed.Select(parts => (parts[0], parts[1])))
        {
            ObjectId.TryParse(name, out var id).ShouldBeTrue();
            var read = reader.Read(id);
            read.Kind.ToString().ToLowerInvariant().ShouldBe(type, name);
            read.Content.ToArray().ShouldBe(CatFile(repo.Path, type, name), name);
        }
    }

    [Fact]
    public void Read_PooledBlobsWithASmallCache_EachKeepsItsBytesAcrossOneFurtherRead()
    {
        using var repo = History(packed: true, offsetDeltas: true);
        var objects = ObjectsOfType(repo, "blob");
        objects.Count.ShouldBeGreaterThan(50);

        using var database = ObjectDatabase.Open(Path.Combine(repo.Path, ".git", "objects"));
        using var reader = database.CreateReader(cacheBytes: 128 * 1024);
        var held = reader.Read(objects[0]);
        var copy = held.Content.ToArray();
        foreach (var id in objects.Skip(1).Concat(objects))
        {
            var next = reader.Read(id);
            held.Content.ToArray().ShouldBe(copy);
            (held, copy) = (next, next.Content.ToArray());
        }
    }

    /// <summary>
    /// Trees kept in a ring small enough to go round many times (and to place a version right where
    /// its delta base lies) read the same as git's, whatever the order: history's newest first and
    /// oldest first (against the delta chains and along them), and shuffled.
    /// </summary>
    [Theory]
    [InlineData(1024, true)]
    [InlineData(1024, false)]
    [InlineData(4096, true)]
    [InlineData(64 * 1024, true)]
    public void Read_TreesThroughASmallRing_SameBytesAsGitCatFile(int ringBytes, bool offsetDeltas)
    {
        using var repo = History(packed: true, offsetDeltas);
        var walked = repo.Run("git", "rev-list", "--objects", "--all").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => ObjectId.TryParse(line.AsSpan(0, 40), out var id) ? id : default)
            .ToList();
        var trees = ObjectsOfType(repo, "tree");
        trees.Count.ShouldBeGreaterThan(50);
        trees = [.. walked.Where(trees.Contains)];
        var expected = trees.ToDictionary(id => id, id => CatFile(repo.Path, "tree", id.ToString()));
        var random = new Random(ringBytes);
        var order = trees.Concat(Enumerable.Reverse(trees)).Concat(trees.OrderBy(_ => random.Next())).Concat(trees.OrderBy(_ => random.Next()));

        using var database = ObjectDatabase.Open(Path.Combine(repo.Path, ".git", "objects"));
        using var reader = database.CreateReader(cacheBytes: 64 * 1024, treeBytes: ringBytes);
        foreach (var id in order)
        {
            var read = reader.Read(id);
            read.Kind.ShouldBe(ObjectKind.Tree);
            read.Content.ToArray().ShouldBe(expected[id], id.ToString());
        }
    }

    [Fact]
    public void Open_PackedRepository_HasItsPackWithDeltas()
    {
        using var repo = History(packed: true);
        using var database = ObjectDatabase.Open(Path.Combine(repo.Path, ".git", "objects"));
        database.Packs.Count.ShouldBe(1);
        repo.Run("git", "cat-file", "--batch-all-objects", "--batch-check=%(deltabase)").Split('\n').Count(line => line.Length == 40 && line != new string('0', 40)).ShouldBeGreaterThan(10);
    }

    [Fact]
    public void Read_MissingObject_ThrowsGitObjectException()
    {
        using var repo = History(packed: true);
        using var database = ObjectDatabase.Open(Path.Combine(repo.Path, ".git", "objects"));
        using var reader = database.CreateReader();
        ObjectId.TryParse(new string('e', 40), out var missing).ShouldBeTrue();
        Should.Throw<GitObjectException>(() => reader.Read(missing)).Message.ShouldBe($"object {missing} is missing");
    }

    [Fact]
    public void Open_RepositoryWithAlternates_IsRefused()
    {
        using var repo = History(packed: false);
        var alternates = Path.Combine(repo.Path, ".git", "objects", "info", "alternates");
        Directory.CreateDirectory(Path.GetDirectoryName(alternates)!);
        File.WriteAllText(alternates, "/elsewhere/objects\n");
        Should.Throw<GitObjectException>(() => ObjectDatabase.Open(Path.Combine(repo.Path, ".git", "objects"))).Message.ShouldContain("alternates");
    }

    [Theory]
    [InlineData(100, false)]
    [InlineData(2000, false)]
    [InlineData(0, true)]
    public void Open_TruncatedOrForeignPackIndex_ThrowsGitObjectException(int keptBytes, bool wrongMagic)
    {
        using var repo = History(packed: true);
        var index = Directory.GetFiles(Path.Combine(repo.Path, ".git", "objects", "pack"), "*.idx").Single();
        var bytes = File.ReadAllBytes(index);
        File.SetAttributes(index, FileAttributes.Normal);
        File.WriteAllBytes(index, wrongMagic ? [.. "PACK"u8, .. bytes[4..]] : bytes[..keptBytes]);
        Should.Throw<GitObjectException>(() => ObjectDatabase.Open(Path.Combine(repo.Path, ".git", "objects"))).Message.ShouldContain("pack index");
    }

    [Fact]
    public void Read_CorruptPackData_ThrowsGitObjectExceptionNotACrash()
    {
        using var repo = History(packed: true);
        var names = repo.Run("git", "cat-file", "--batch-all-objects", "--batch-check=%(objectname)").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var pack = Directory.GetFiles(Path.Combine(repo.Path, ".git", "objects", "pack"), "*.pack").Single();
        var bytes = File.ReadAllBytes(pack);
        for (var i = 64; i < bytes.Length - 64; i += 7)
        {
            bytes[i] ^= 0x5a;
        }

        File.SetAttributes(pack, FileAttributes.Normal);
        File.WriteAllBytes(pack, bytes);
        using var database = ObjectDatabase.Open(Path.Combine(repo.Path, ".git", "objects"));
        using var reader = database.CreateReader();
        var failures = 0;
        foreach (var name in names)
        {
            ObjectId.TryParse(name, out var id);
            try
            {
                reader.Read(id);
            }
            catch (GitObjectException)
            {
                failures++;
            }
        }

        failures.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void ObjectId_ParseAndFormat_RoundTrip()
    {
        ObjectId.TryParse("0123456789abcdef0123456789abcdef01234567", out var id).ShouldBeTrue();
        id.ToString().ShouldBe("0123456789abcdef0123456789abcdef01234567");
        ObjectId.TryParse("0123", out _).ShouldBeFalse();
        ObjectId.TryParse(new string('g', 40), out _).ShouldBeFalse();
    }

    /// <summary>
    /// A repository with many versions of a few files (so a repack makes delta chains), a binary and
    /// an empty file; packed with offset deltas, or with deltas that name their base by id.
    /// </summary>
    internal static TempRepo History(bool packed, bool offsetDeltas = true)
    {
        var repo = TempRepo.Git();
        var random = new Random(7);
        var lines = Enumerable.Range(0, 200).Select(i => $"line {i} of the growing file, with some text to compress").ToList();
        for (var commit = 0; commit < 30; commit++)
        {
            lines.Insert(random.Next(lines.Count), $"inserted at commit {commit}");
            lines.RemoveAt(random.Next(lines.Count));
            repo.Write("docs/changelog.txt", string.Join('\n', lines) + "\n");
            repo.Write($"src/module{commit % 4}.py", $"def f():\n    return {commit}\n");
            if (commit == 3)
            {
                File.WriteAllBytes(Path.Combine(repo.Path, "image.bin"), [0x89, (byte)'P', 0, 1, 2, 0, 255]);
                repo.Write("empty.txt", "");
            }

            repo.Commit($"commit {commit}");
        }

        if (packed)
        {
            repo.Run("git", "-c", $"repack.useDeltaBaseOffset={(offsetDeltas ? "true" : "false")}", "repack", "-a", "-d", "-f", "--depth=20", "--window=20", "-q");
            repo.Run("git", "prune-packed");
        }

        return repo;
    }

    /// <summary>The repository's objects of one type, in git's order (by name).</summary>
    private static List<ObjectId> ObjectsOfType(TempRepo repo, string type) =>
        repo.Run("git", "cat-file", "--batch-all-objects", "--batch-check=%(objectname) %(objecttype)")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.EndsWith(" " + type, StringComparison.Ordinal))
            .Select(line => ObjectId.TryParse(line.AsSpan(0, 40), out var id) ? id : default)
            .ToList();

    private static byte[] CatFile(string directory, string type, string name)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true };
        foreach (var argument in new[] { "cat-file", type, name })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        return output.ToArray();
    }
}
