using System.Text;
using Rampart.Git.GitSecrets;
using Rampart.Git.Objects;
using Rampart.Git.Processes;
using Rampart.Secrets.Tests.Support;

namespace Rampart.Secrets.Tests.GitSecrets;

/// <summary>
/// The object-database pickaxe against git itself: random histories (edits that move, duplicate
/// and swap matching lines, files created, deleted, renamed, made executable, turned into symlinks,
/// binary files, files without a final newline, matches that span lines, branches and merges),
/// packed or loose, must select exactly the commits <c>git log --all -G</c> lists, in its order.
/// </summary>
public sealed class PickaxeSelectorTests
{
    private static readonly string[] Patterns = ["SECRET[0-9]+", "key\\s*=\\s*[0-9]{4}", "^token$", "x[^y]z", "[0-9][[:space:]]"];

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 6).Select(seed => new object[] { seed });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Select_RandomHistory_SameCommitsAndOrderAsGitLogG(int seed)
    {
        using var repo = RandomHistory.Create(seed, packed: seed % 2 == 1);
        AgreesWithGit(repo, expectObjects: true);
    }

    [Fact]
    public void Select_SilentBlobs_ReachEditedVersionsThroughTheirPredecessors()
    {
        using var repo = TempRepo.Git();
        repo.Write("a.txt", "one\ntwo\nthree\n");
        repo.Commit("created");
        repo.Write("a.txt", "one\n2\nthree\n");
        repo.Commit("edited");
        repo.Write("a.txt", "one\n2\nthree\nSECRET1\n");
        repo.Commit("leaked");
        var versions = repo.Run("git", "log", "--format=", "--raw", "--no-abbrev").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ')[3]).ToList();
        using var selected = PickaxeSelector.Select(repo.Path, "SECRET[0-9]+"u8.ToArray(), RepositoryLayout.Read(repo.Path));
        versions.Where(version => selected.IsSilent(Id(version))).ShouldBe(new[] { versions[1], versions[2] }, ignoreOrder: true);
    }

    [Fact]
    public void Select_PackedAndLooseCommits_DecidedAheadAndAfterTheWalkAlike()
    {
        using var repo = RandomHistory.Create(7, packed: true);
        repo.Write("src/late.txt", "SECRET7\n");
        repo.Commit("loose, after the pack");
        repo.Write("src/late.txt", "SECRET7\nplain text\n");
        repo.Commit("loose, no new match");
        AgreesWithGit(repo, expectObjects: true);
    }

    [Fact]
    public void Select_GraftedParents_FollowTheWalkNotTheObjects()
    {
        using var repo = RandomHistory.Create(9, packed: true);
        var commits = repo.Run("git", "rev-list", "--first-parent", "HEAD").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        File.WriteAllText(Path.Combine(repo.Path, ".git", "info", "grafts"), $"{commits[0]} {commits[^1]}\n{commits[3]}\n");
        AgreesWithGit(repo, expectObjects: true);
    }

    [Fact]
    public void Select_CommitWhoseTreeLineNamesACommit_StopsWhereGitStops()
    {
        using var repo = TempRepo.Git();
        repo.Write("a.txt", "SECRET1\n");
        repo.Run("git", "add", "-A");
        var plain = repo.Run("git", "write-tree").Trim();
        repo.Write("a.txt", "SECRET1\nSECRET2\n");
        repo.Run("git", "add", "-A");
        var leaked = repo.Run("git", "write-tree").Trim();
        string Commit(string tree, string parent, int date) => repo.Run("sh", "-c",
            $"printf 'tree {tree}\\n{(parent.Length > 0 ? $"parent {parent}\\n" : "")}author a <a> {date} +0000\\ncommitter c <c> {date} +0000\\n\\nc\\n' | git hash-object -t commit -w --literally --stdin").Trim();
        var root = Commit(plain, "", 1000);
        var next = Commit(plain, root, 2000);
        var odd = Commit(root, next, 3000);
        var tip = Commit(leaked, odd, 4000);
        var other = Commit(leaked, "", 5000);
        File.WriteAllText(Path.Combine(repo.Path, ".git", "refs", "heads", "main"), tip + "\n");
        File.WriteAllText(Path.Combine(repo.Path, ".git", "refs", "heads", "other"), other + "\n");
        var expected = repo.Run("sh", "-c", "git log --all -GSECRET[0-9]+ --format=%H 2>/dev/null; true").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        using var selected = PickaxeSelector.Select(repo.Path, "SECRET[0-9]+"u8.ToArray(), RepositoryLayout.Read(repo.Path));

        selected.Commits.Select(found => found.Commit).ShouldBe(expected);
    }

    [Fact]
    public void Select_ShallowClone_BoundaryCommitsAreRoots()
    {
        using var origin = RandomHistory.Create(13, packed: true);
        using var clone = TempRepo.Folder();
        clone.Run("git", "clone", "-q", "--depth", "6", "--no-single-branch", "file://" + origin.Path, ".");
        File.Exists(Path.Combine(clone.Path, ".git", "shallow")).ShouldBeTrue();
        AgreesWithGit(clone, expectObjects: true);
    }

    [Theory]
    [InlineData("bin\0ary\n", "SECRET7", false)]
    [InlineData("SECRET1\n", "elsewhere", true)]
    [InlineData("plain\n", "SECRET7", true)]
    [InlineData("SECRET7", "SECRET7", false)]
    public void Select_FileBecomesSymlink_IsOnePairAsForGitLogG(string file, string target, bool listed)
    {
        using var repo = TempRepo.Git();
        repo.Write("a.txt", file);
        repo.Write("b.txt", "other\n");
        repo.Commit("file");
        File.Delete(Path.Combine(repo.Path, "a.txt"));
        File.CreateSymbolicLink(Path.Combine(repo.Path, "a.txt"), target);
        var changed = repo.Commit("symlink");
        var expected = repo.Run("git", "log", "--all", "-GSECRET[0-9]+", "--format=%H").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        expected.Contains(changed).ShouldBe(listed);

        using var selected = PickaxeSelector.Select(repo.Path, "SECRET[0-9]+"u8.ToArray(), RepositoryLayout.Read(repo.Path));
        selected.Objects.ShouldNotBeNull();
        selected.Commits.Select(found => found.Commit).ShouldBe(expected);
    }

    [Fact]
    public void Select_FallbackWithALatin1Pattern_HandsGitTheExactBytes()
    {
        using var repo = TempRepo.Git();
        File.WriteAllBytes(Path.Combine(repo.Path, "a.txt"), [.. "caf"u8, 0xE9, (byte)'\n']);
        repo.Commit("latin-1");
        repo.Write("b.txt", "cafe\n");
        repo.Commit("ascii");
        repo.Write(".gitattributes", "*.md diff\n");
        repo.Commit("attributes");
        var expected = repo.Run("sh", "-c", "git log --all -G\"$(printf 'caf\\351')\" --format=%H").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        expected.Length.ShouldBe(1);

        using var selected = PickaxeSelector.Select(repo.Path, [.. "caf"u8, 0xE9], RepositoryLayout.Read(repo.Path));
        selected.Objects.ShouldBeNull();
        selected.Commits.Select(found => found.Commit).ShouldBe(expected);
    }

    [Fact]
    public void Select_AttributesFile_FallsBackToGitAndStillAgrees()
    {
        using var repo = RandomHistory.Create(11, packed: false);
        repo.Write(".gitattributes", "*.txt diff\n");
        repo.Commit("attributes");
        var expected = repo.Run("git", "log", "--all", "-GSECRET[0-9]+", "--format=%H").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var selected = PickaxeSelector.Select(repo.Path, "SECRET[0-9]+"u8.ToArray(), RepositoryLayout.Read(repo.Path));
        selected.Objects.ShouldBeNull();
        selected.Commits.Select(found => found.Commit).ShouldBe(expected);
    }

    [Fact]
    public void Select_CorruptPack_FallsBackToGitWithoutThrowing()
    {
        using var repo = RandomHistory.Create(5, packed: true);
        var pack = Directory.GetFiles(Path.Combine(repo.Path, ".git", "objects", "pack"), "*.pack").Single();
        var bytes = File.ReadAllBytes(pack);
        for (var i = bytes.Length / 2; i < bytes.Length - 64; i += 5)
        {
            bytes[i] ^= 0x33;
        }

        File.SetAttributes(pack, FileAttributes.Normal);
        File.WriteAllBytes(pack, bytes);
        using var selected = PickaxeSelector.Select(repo.Path, "SECRET[0-9]+"u8.ToArray(), RepositoryLayout.Read(repo.Path));
        selected.Objects.ShouldBeNull();
        selected.Commits.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("foo[[:space:]]bar")]
    [InlineData("foo\\sbar")]
    [InlineData("o$")]
    [InlineData("^bar")]
    public void Select_CreatedFile_MatchedLineByLineAsGitDoes(string pattern)
    {
        using var repo = TempRepo.Git();
        repo.Write("a.txt", "a\n");
        repo.Commit("first");
        repo.Write("k.txt", "foo\nbar\n");
        repo.Commit("created");
        var expected = repo.Run("git", "log", "--all", "-G" + pattern, "--format=%H").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var selected = PickaxeSelector.Select(repo.Path, Encoding.Latin1.GetBytes(pattern), RepositoryLayout.Read(repo.Path));
        selected.Commits.Select(found => found.Commit).ShouldBe(expected);
    }

    /// <summary>
    /// The config the walk follows, read from a listing that holds other keys too (as the history
    /// scan hands over the one call it shares with the rest of the run): <c>log.showRoot</c> is
    /// followed, anything the objects cannot follow leaves the selection to git.
    /// </summary>
    [Theory]
    [InlineData("log.showRoot", "false", true)]
    [InlineData("log.showRoot", "true", true)]
    [InlineData("diff.renames", "false", true)]
    [InlineData("diff.renames", "copies", false)]
    [InlineData("core.bigFileThreshold", "1k", false)]
    public void Select_ConfigOfTheWalkInASharedListing_SameCommitsAsGitLogG(string key, string value, bool expectObjects)
    {
        using var repo = RandomHistory.Create(3, packed: true);
        repo.Run("git", "config", key, value);
        repo.Run("git", "config", "secrets.patterns", "SECRET[0-9]+");
        foreach (var pattern in Patterns)
        {
            var expected = repo.Run("git", "log", "--all", "-G" + pattern, "--format=%H").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var listing = ProcessRunner.RunAsync("git", ["config", "-z", "--get-regexp", "^(secrets\\..*|log\\.showroot|diff\\.renames|core\\.bigfilethreshold)$"], repo.Path);
            using var selected = PickaxeSelector.Select(repo.Path, Encoding.Latin1.GetBytes(pattern), RepositoryLayout.Read(repo.Path), PickaxeSelector.Start(repo.Path, listing));
            (selected.Objects is not null).ShouldBe(expectObjects, "whether the object database path was taken");
            selected.Commits.Select(found => found.Commit).ShouldBe(expected, $"pattern {pattern}");
        }
    }

    private static void AgreesWithGit(TempRepo repo, bool expectObjects)
    {
        foreach (var pattern in Patterns)
        {
            var expected = repo.Run("git", "log", "--all", "-G" + pattern, "--format=%H").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            using var selected = PickaxeSelector.Select(repo.Path, Encoding.Latin1.GetBytes(pattern), RepositoryLayout.Read(repo.Path));
            (selected.Objects is not null).ShouldBe(expectObjects, "whether the object database path was taken");
            selected.Commits.Select(found => found.Commit).ShouldBe(expected, $"pattern {pattern}");
            var silent = Blobs(repo).Where(blob => selected.IsSilent(Id(blob))).ToList();
            (silent.Count > 0).ShouldBe(expectObjects, "whether silent blobs were found");
            silent.Intersect(BlobsGitGrepFinds(repo, pattern)).ShouldBeEmpty($"pattern {pattern}");
        }
    }

    private static ObjectId Id(string hex) => ObjectId.TryParse(hex, out var id) ? id : throw new FormatException(hex);

    private static IEnumerable<string> Blobs(TempRepo repo) =>
        repo.Run("git", "cat-file", "--batch-all-objects", "--batch-check=%(objecttype) %(objectname)").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.StartsWith("blob ", StringComparison.Ordinal)).Select(line => line[5..]);

    /// <summary>The blobs in which <c>git grep -IE</c> (without the word rule, so a superset of git-secrets' lines) finds something, in any commit.</summary>
    private static HashSet<string> BlobsGitGrepFinds(TempRepo repo, string pattern)
    {
        var found = repo.Run("sh", "-c", "git grep -l -z -IE -e \"$0\" $(git rev-list --all) || test $? = 1", pattern).Split('\0', StringSplitOptions.RemoveEmptyEntries);
        return found.Length == 0 ? [] : [.. repo.Run("git", ["rev-parse", .. found]).Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
