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

    [Theory]
    [InlineData("blob", false)]
    [InlineData("tree", true)]
    public void Read_PooledObjectsWithASmallCache_EachKeepsItsBytesAcrossOneFurtherRead(string type, bool poolTrees)
    {
        using var repo = History(packed: true, offsetDeltas: true);
        var objects = repo.Run("git", "cat-file", "--batch-all-objects", "--batch-check=%(objectname) %(objecttype)")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.EndsWith(" " + type, StringComparison.Ordinal))
            .Select(line => ObjectId.TryParse(line.AsSpan(0, 40), out var id) ? id : default)
            .ToList();
        objects.Count.ShouldBeGreaterThan(50);

        using var database = ObjectDatabase.Open(Path.Combine(repo.Path, ".git", "objects"));
        using var reader = database.CreateReader(cacheBytes: 128 * 1024, poolTrees);
        var held = reader.Read(objects[0]);
        var copy = held.Content.ToArray();
        foreach (var id in objects.Skip(1).Concat(objects))
        {
            var next = reader.Read(id);
            held.Content.ToArray().ShouldBe(copy);
            (held, copy) = (next, next.Content.ToArray());
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
