using Rampart.Git.History;
using Rampart.Secrets.AllowLists;
using Rampart.Secrets.Baselines;
using Rampart.Secrets.Scanning;
using Rampart.Secrets.Tests.Support;

namespace Rampart.Secrets.Tests.Sources;

public sealed class GitHistorySourceTests
{
    [Fact]
    public void Read_SecretAddedThenKeptThenRemoved_IsReportedOnceWithTheIntroducingCommit()
    {
        using var repo = TempRepo.Git();
        var key = Fake.AwsKeyId();
        repo.Write("readme.md", "hello\n");
        repo.Commit("first");
        repo.Write("config/app.env", $"AWS_ACCESS_KEY_ID={key}\n");
        var introducing = repo.Commit("add config");
        repo.Write("config/app.env", $"# comment\nAWS_ACCESS_KEY_ID={key}\n");
        repo.Commit("edit config");
        File.Delete(Path.Combine(repo.Path, "config/app.env"));
        repo.Commit("remove config");

        var session = Scan(repo.Path, null);
        var finding = session.Findings.ShouldHaveSingleItem();
        (finding.Path, finding.Line, finding.Commit, finding.Author).ShouldBe(("config/app.env", 1, introducing, "Ada Lovelace <ada@example.com>"));
        session.Scanned.ShouldBe(3);
    }

    [Fact]
    public void Read_SameContentCommittedOnTwoBranches_ReadsTheBlobOnce()
    {
        using var repo = TempRepo.Git();
        repo.Write("a.txt", $"token {Fake.GitHubToken()}\n");
        repo.Commit("one");
        repo.Run("git", "checkout", "-q", "-b", "other");
        repo.Write("b.txt", "unrelated\n");
        repo.Commit("two");
        repo.Run("git", "checkout", "-q", "main");
        repo.Write("c.txt", "more\n");
        repo.Commit("three");
        repo.Run("git", "merge", "-q", "--no-edit", "other");

        var session = Scan(repo.Path, null);
        session.Scanned.ShouldBe(3);
        session.Findings.ShouldHaveSingleItem().Path.ShouldBe("a.txt");
    }

    [Fact]
    public void Read_Since_ScansOnlyLaterCommits()
    {
        using var repo = TempRepo.Git();
        repo.Write("old.txt", $"id {Fake.AwsKeyId()}\n");
        var old = repo.Commit("old");
        repo.Write("new.txt", $"id {Fake.AwsKeyId("n")}\n");
        repo.Commit("new");

        Scan(repo.Path, old).Findings.ShouldHaveSingleItem().Path.ShouldBe("new.txt");
    }

    [Fact]
    public void Read_FileNamesWithSpacesAndUnicode_AreReportedVerbatim()
    {
        using var repo = TempRepo.Git();
        repo.Write("dir with space/caf\u00e9 \u2603.txt", $"id {Fake.AwsKeyId()}\n");
        repo.Commit("odd names");
        Scan(repo.Path, null).Findings.ShouldHaveSingleItem().Path.ShouldBe("dir with space/caf\u00e9 \u2603.txt");
    }

    [Fact]
    public void Read_EmptyRepository_GivesNothing()
    {
        using var repo = TempRepo.Git();
        Scan(repo.Path, null).Scanned.ShouldBe(0);
    }

    [Fact]
    public void Read_ShallowClone_FailsNamingTheFix()
    {
        using var origin = TempRepo.Git();
        origin.Write("a.txt", "a\n");
        origin.Commit("one");
        origin.Write("a.txt", "b\n");
        origin.Commit("two");
        using var clone = TempRepo.Folder();
        clone.Run("git", "clone", "-q", "--depth", "1", "file://" + origin.Path, "c");
        var path = Path.Combine(clone.Path, "c");

        var error = Should.Throw<GitException>(() => Scan(path, null));
        error.Message.ShouldBe($"`{path}` is a shallow clone, so its history is incomplete; run `git fetch --unshallow` first");
    }

    [Fact]
    public void Read_MissingObject_FailsNamingTheRepositoryAndFsck()
    {
        using var repo = TempRepo.Git();
        repo.Write("a.txt", "content that will go missing\n");
        repo.Commit("one");
        var blob = repo.Run("git", "rev-parse", "HEAD:a.txt").Trim();
        File.Delete(Path.Combine(repo.Path, ".git", "objects", blob[..2], blob[2..]));

        var error = Should.Throw<GitException>(() => Scan(repo.Path, null));
        error.Message.ShouldContain("run `git fsck`");
    }

    [Fact]
    public void Read_UnknownSince_FailsNamingTheRevision()
    {
        using var repo = TempRepo.Git();
        repo.Write("a.txt", "a\n");
        repo.Commit("one");
        Should.Throw<GitException>(() => Scan(repo.Path, "no-such-branch")).Message
            .ShouldBe($"unknown revision `no-such-branch` in `{repo.Path}`; pass a commit, branch or tag that exists");
    }

    [Fact]
    public void Read_NotARepository_FailsWithOneLine()
    {
        using var folder = TempRepo.Folder();
        Should.Throw<GitException>(() => Scan(folder.Path, null)).Message.ShouldStartWith($"`{folder.Path}` is not a git repository");
    }

    private static ScanSession Scan(string repository, string? since)
    {
        var session = new ScanSession(new SecretScanner(), AllowList.Empty, Baseline.Empty);
        foreach (var target in GitHistorySource.Read(repository, since))
        {
            session.Add(target);
        }

        return session;
    }
}
