using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Rampart.Git.Objects;

namespace Rampart.Secrets.Tests.Objects;

/// <summary>
/// The pack walk against git's own list of blobs: every blob is built exactly once, and what is
/// built hashes to the blob's name (so its bytes are right), whether deltas name their base by
/// offset or by id.
/// </summary>
public sealed class PackBlobWalkTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Visit_PackedHistory_BuildsEveryBlobOnceWithItsBytes(bool offsetDeltas)
    {
        using var repo = ObjectReaderTests.History(packed: true, offsetDeltas);
        using var database = ObjectDatabase.Open(Path.Combine(repo.Path, ".git", "objects"));
        var built = new ConcurrentBag<string>();
        var deltas = 0;
        PackBlobWalk.Visit(database.Packs.Single(), workers: 2, largest: long.MaxValue, () => (_, content, basePosition, baseContent, delta) =>
        {
            built.Add(GitBlobName(content));
            if (basePosition >= 0 && baseContent.Length > 0 && delta.Length > 0)
            {
                Interlocked.Increment(ref deltas);
            }
        });

        built.Order(StringComparer.Ordinal).ShouldBe(Blobs(repo).Order(StringComparer.Ordinal));
        deltas.ShouldBeGreaterThan(10);
    }

    [Fact]
    public void Visit_PackOverSeveralSortPasses_BuildsEveryBlobOnce()
    {
        using var repo = Support.TempRepo.Git();
        var random = new Random(17);
        string Text(int bytes) => Convert.ToBase64String([.. Enumerable.Range(0, bytes).Select(_ => (byte)random.Next(256))]);
        var log = Text(60_000);
        for (var commit = 0; commit < 12; commit++)
        {
            log = Text(2_000) + "\n" + log;
            repo.Write("log.txt", log);
            repo.Write($"data/{commit}.txt", Text(30_000));
            repo.Commit($"commit {commit}");
        }

        repo.Run("git", "repack", "-a", "-d", "-f", "-q");
        using var database = ObjectDatabase.Open(Path.Combine(repo.Path, ".git", "objects"));
        new FileInfo(Directory.GetFiles(Path.Combine(repo.Path, ".git", "objects", "pack"), "*.pack").Single()).Length.ShouldBeGreaterThan(1 << 18);
        var built = new ConcurrentBag<string>();

        PackBlobWalk.Visit(database.Packs.Single(), workers: 2, largest: long.MaxValue, () => (_, content, _, _, _) => built.Add(GitBlobName(content)));

        built.Order(StringComparer.Ordinal).ShouldBe(Blobs(repo).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Visit_LargestSize_SkipsLargerBlobsAndWhatIsBuiltOnThem()
    {
        using var repo = ObjectReaderTests.History(packed: true);
        using var database = ObjectDatabase.Open(Path.Combine(repo.Path, ".git", "objects"));
        var sizes = new ConcurrentBag<int>();
        PackBlobWalk.Visit(database.Packs.Single(), workers: 1, largest: 4096, () => (_, content, _, _, _) => sizes.Add(content.Length));

        sizes.ShouldNotBeEmpty();
        sizes.ShouldAllBe(size => size <= 4096);
        sizes.Count.ShouldBeLessThan(Blobs(repo).Count);
    }

    private static List<string> Blobs(Support.TempRepo repo) =>
        [.. repo.Run("git", "cat-file", "--batch-all-objects", "--batch-check=%(objecttype) %(objectname)").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.StartsWith("blob ", StringComparison.Ordinal)).Select(line => line[5..])];

    private static string GitBlobName(ReadOnlySpan<byte> content) =>
        Convert.ToHexStringLower(SHA1.HashData([.. Encoding.ASCII.GetBytes($"blob {content.Length}\0"), .. content]));
}
