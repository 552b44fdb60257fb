using System.Text;
using Rampart.Git.GitSecrets;
using Rampart.Git.Objects;
using Rampart.Secrets.GitSecrets;
using Rampart.Secrets.GitSecrets.Posix;
using Rampart.Secrets.Tests.Objects;
using Rampart.Secrets.Tests.Support;

namespace Rampart.Secrets.Tests.GitSecrets;

/// <summary>
/// The survey learns a delta's candidate lines from its base and the lines its instructions touch;
/// on packed histories with long delta chains that must give, for every blob, exactly what scanning
/// the whole blob gives.
/// </summary>
public sealed class BlobFactsTests
{
    public static IEnumerable<object[]> Histories() =>
    [
        ["random 1", "SECRET[0-9]+|key\\s*=\\s*[0-9]{4}"],
        ["random 3", "^token$|x[^y]z"],
        ["random 5", "[0-9][[:space:]]"],
        ["random 5", "SECRET[0-9]+"],
        ["changelog", "commit 2[0-9]"],
        ["changelog", "line 1[0-9] of"],
        ["changelog", "compress$|^inserted"],
        ["seam", "SECRET[0-9]+"],
        ["accent", "SECRET[0-9]+"],
    ];

    [Theory]
    [MemberData(nameof(Histories))]
    public void Survey_PackedHistory_SameFactsAsScanningEachBlobWhole(string history, string pattern)
    {
        using var repo = history switch
        {
            "changelog" => ObjectReaderTests.History(packed: true),
            "seam" => Seam(),
            "accent" => Accent(),
            _ => RandomHistory.Create(int.Parse(history[7..], System.Globalization.CultureInfo.InvariantCulture), packed: true),
        };
        using var database = ObjectDatabase.Open(Path.Combine(repo.Path, ".git", "objects"));
        using var reader = database.CreateReader();
        var bytes = Encoding.Latin1.GetBytes(pattern);
        var regex = PosixRegex.Compile(bytes, RegexDialect.Glibc).Value!;
        var facts = BlobFacts.Survey(database, bytes, multibyte: true);
        var withCandidates = 0;
        foreach (var name in repo.Run("git", "cat-file", "--batch-all-objects", "--batch-check=%(objecttype) %(objectname)").Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => line.StartsWith("blob ", StringComparison.Ordinal)))
        {
            ObjectId.TryParse(name.AsSpan(5), out var blob).ShouldBeTrue();
            var content = reader.Read(blob).Content;
            var candidates = new List<int>();
            LineScanner.PickaxeCandidates(regex, content, 0, content.Length, candidates);
            var expected = LineScanner.IsBinary(content) ? BlobFact.Known | BlobFact.Binary
                : BlobFact.Known | (candidates.Count == 0 ? BlobFact.NoCandidate : 0) | (content.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0 ? BlobFact.NonAscii : 0);
            facts.Of(blob).ShouldBe(expected, $"{history}, blob {name[5..]}");
            withCandidates += candidates.Count > 0 ? 1 : 0;
        }

        withCandidates.ShouldBeGreaterThan(0, "the pattern has candidate lines somewhere");
    }

    private static string Filler => string.Concat(Enumerable.Range(0, 40).Select(i => $"filler line {i} to make the delta worth its while\n"));

    /// <summary>
    /// A file whose newer, smaller version joins the first half of one old line to the second half
    /// of another: stored as a delta of the old version, the joined line is two copies from the base
    /// (neither half a candidate there), and it matches only across the seam.
    /// </summary>
    private static TempRepo Seam()
    {
        var head = string.Concat(Enumerable.Range(0, 12).Select(i => $"word{i} "));
        var tail = string.Concat(Enumerable.Range(12, 24).Select(i => $"term{i} "));
        return Delta($"{Filler}{head}SECRET{new string('x', 120)}\n{new string('y', 120)}42 {tail}\n{Filler}", $"{Filler}{head}SECRET42 {tail}\n{Filler}");
    }

    /// <summary>An ASCII file whose newer, smaller version replaces a long line with a short non-ASCII one: a delta that inserts the only byte above 0x7f.</summary>
    private static TempRepo Accent() => Delta($"{Filler}SECRET1 {new string('a', 200)}\n{Filler}", $"{Filler}SECRET1 caf\u00e9\n{Filler}");

    /// <summary>A repository with two versions of one file, packed so that the (smaller) second is stored as a delta of the first.</summary>
    private static TempRepo Delta(string first, string second)
    {
        var repo = TempRepo.Git();
        repo.Write("file.txt", first);
        repo.Commit("first");
        repo.Write("file.txt", second);
        repo.Commit("second");
        repo.Run("git", "repack", "-a", "-d", "-f", "-q");
        repo.Run("git", "cat-file", "--batch-all-objects", "--batch-check=%(objecttype) %(deltabase)").Split('\n')
            .Count(line => line.StartsWith("blob ", StringComparison.Ordinal) && line[5..] != new string('0', 40)).ShouldBe(1, "one version is a delta of the other");
        return repo;
    }
}
