using Rampart.Git.History;
using Rampart.Git.WorkingTree;
using Rampart.Secrets.Tests.Support;

namespace Rampart.Secrets.Tests.Sources;

public sealed class WorkingTreeSourceTests
{
    [Fact]
    public void Read_InRepository_RespectsGitignoreAndIncludesUntracked()
    {
        using var repo = TempRepo.Git();
        repo.Write(".gitignore", "build/\n*.log\n");
        repo.Write("src/a.cs", "a");
        repo.Commit("one");
        repo.Write("untracked.txt", "u");
        repo.Write("build/out.txt", "ignored");
        repo.Write("debug.log", "ignored");

        WorkingTreeSource.Read(repo.Path).Select(t => t.Path).Order(StringComparer.Ordinal)
            .ShouldBe([".gitignore", "src/a.cs", "untracked.txt"]);
    }

    [Fact]
    public void Read_OutsideRepository_WalksFilesButNotDotGit()
    {
        using var folder = TempRepo.Folder();
        folder.Write("a.txt", "a");
        folder.Write("nested/b.txt", "b");
        folder.Write(".git/config", "not a real repository");

        WorkingTreeSource.Read(folder.Path).Select(t => t.Path).Order(StringComparer.Ordinal).ShouldBe(["a.txt", "nested/b.txt"]);
    }

    [Fact]
    public void Read_SingleFile_GivesThatFile()
    {
        using var folder = TempRepo.Folder();
        var file = folder.Write("one.env", "x");
        WorkingTreeSource.Read(file).ShouldHaveSingleItem().Path.ShouldBe("one.env");
    }

    [Fact]
    public void Read_Staged_ReadsIndexBlobsNotDisk()
    {
        using var repo = TempRepo.Git();
        repo.Write("a.txt", "staged\n");
        repo.Run("git", "add", "a.txt");
        repo.Write("a.txt", "changed on disk\n");

        var contents = new List<string>();
        foreach (var target in GitIndexSource.Read(repo.Path))
        {
            using var reader = new StreamReader(target.Open());
            contents.Add(reader.ReadToEnd());
        }

        contents.ShouldBe(["staged\n"]);
    }

    [Fact]
    public void Read_StagedOutsideRepository_FailsWithOneLine()
    {
        using var folder = TempRepo.Folder();
        Should.Throw<GitException>(() => GitIndexSource.Read(folder.Path).ToList()).Message
            .ShouldBe($"`{folder.Path}` is not in a git repository, so it has no staged files; scan it without --staged");
    }
}
