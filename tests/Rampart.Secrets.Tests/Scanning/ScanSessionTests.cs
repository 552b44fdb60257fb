using System.Text;
using Rampart.Secrets.AllowLists;
using Rampart.Secrets.Baselines;
using Rampart.Secrets.Scanning;
using Rampart.Secrets.Tests.Support;

namespace Rampart.Secrets.Tests.Scanning;

public sealed class ScanSessionTests
{
    private readonly string _key = Fake.AwsKeyId();

    [Fact]
    public void Add_SameBlobTwice_ReadsItOnceAndReportsOnce()
    {
        var session = new ScanSession(new SecretScanner(), AllowList.Empty, Baseline.Empty);
        var opens = 0;
        var commit1 = new CommitInfo("c1", "A <a@x>", "2020-01-01");
        var commit2 = new CommitInfo("c2", "B <b@x>", "2020-01-02");
        session.Add(Target("a.txt", () => opens++, "blob1", commit1));
        session.Add(Target("a.txt", () => opens++, "blob1", commit2));
        opens.ShouldBe(1);
        session.Findings.ShouldHaveSingleItem().Commit.ShouldBe("c1");
    }

    [Fact]
    public void Add_SameSecretInALaterBlobOfTheSamePath_KeepsTheIntroducingCommit()
    {
        var session = new ScanSession(new SecretScanner(), AllowList.Empty, Baseline.Empty);
        session.Add(Target("a.txt", () => { }, "blob1", new CommitInfo("c1", "A <a@x>", "d1")));
        session.Add(Target("a.txt", () => { }, "blob2", new CommitInfo("c2", "B <b@x>", "d2"), prefix: "# edited\n"));
        session.Scanned.ShouldBe(2);
        var finding = session.Findings.ShouldHaveSingleItem();
        (finding.Commit, finding.Author, finding.Line).ShouldBe(("c1", "A <a@x>", 1));
    }

    [Fact]
    public void Add_SameBlobAtAnotherPath_ReportsItThereWithoutRereading()
    {
        var session = new ScanSession(new SecretScanner(), AllowList.Empty, Baseline.Empty);
        var opens = 0;
        session.Add(Target("a.txt", () => opens++, "blob1"));
        session.Add(Target("copy/a.txt", () => opens++, "blob1"));
        opens.ShouldBe(1);
        session.Findings.Select(f => f.Path).ShouldBe(["a.txt", "copy/a.txt"]);
    }

    [Fact]
    public void Add_AllowListedPath_IsNotOpened()
    {
        var allow = AllowList.Parse("path: vendor/\n", "allow").Value!;
        var session = new ScanSession(new SecretScanner(), allow, Baseline.Empty);
        session.Add(Target("vendor/lib.js", () => throw new InvalidOperationException("opened")));
        session.Findings.ShouldBeEmpty();
        session.Skipped.ShouldBe(1);
    }

    [Fact]
    public void Add_BaselinedFinding_IsAcceptedButNotReported()
    {
        var first = new ScanSession(new SecretScanner(), AllowList.Empty, Baseline.Empty);
        first.Add(Target("a.txt", () => { }));
        var baseline = Baseline.Parse(Baseline.Write(first.Findings), "b.json").Value!;

        var second = new ScanSession(new SecretScanner(), AllowList.Empty, baseline);
        second.Add(Target("a.txt", () => { }, prefix: $"new = {Fake.GitHubToken()}\n"));
        second.Findings.ShouldHaveSingleItem().Rule.Id.ShouldBe("github-pat");
        second.Accepted.Count.ShouldBe(2);
        second.Baselined.ShouldBe(1);
    }

    private ScanTarget Target(string path, Action onOpen, string? blob = null, CommitInfo? commit = null, string prefix = "") =>
        new(path, () =>
        {
            onOpen();
            return new MemoryStream(Encoding.UTF8.GetBytes($"{prefix}id = {_key}\n"));
        })
        {
            BlobId = blob,
            Commit = commit,
        };
}
