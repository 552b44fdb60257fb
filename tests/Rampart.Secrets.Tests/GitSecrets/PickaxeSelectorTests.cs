using System.Text;
using Rampart.Git.GitSecrets;
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
    private static readonly string[] Patterns = ["SECRET[0-9]+", "key\\s*=\\s*[0-9]{4}", "^token$", "x[^y]z"];

    private static readonly string[] Vocabulary =
    [
        "plain text", "SECRET1", "SECRET2 and more", "key = 1234", "key", "= 5678", "token", "tokens",
        "xqz", "xyz", "nothing here", "", "plain text",
    ];

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 6).Select(seed => new object[] { seed });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Select_RandomHistory_SameCommitsAndOrderAsGitLogG(int seed)
    {
        using var repo = RandomHistory(seed, packed: seed % 2 == 1);
        foreach (var pattern in Patterns)
        {
            var expected = repo.Run("git", "log", "--all", "-G" + pattern, "--format=%H").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            using var selected = PickaxeSelector.Select(repo.Path, Encoding.Latin1.GetBytes(pattern), RepositoryLayout.Read(repo.Path));
            selected.Objects.ShouldNotBeNull("the object database path was not taken");
            selected.Commits.Select(found => found.Commit).ShouldBe(expected, $"seed {seed}, pattern {pattern}");
            selected.SilentBlobs.ShouldNotBeEmpty();
            selected.SilentBlobs.ShouldNotContain(blob => BlobsGitGrepFinds(repo, pattern).Contains(blob.ToString()), $"seed {seed}, pattern {pattern}");
        }
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
        selected.SilentBlobs.Select(blob => blob.ToString()).ShouldBe(new[] { versions[1], versions[2] }, ignoreOrder: true);
    }

    [Fact]
    public void Select_PackedAndLooseCommits_DecidedAheadAndAfterTheWalkAlike()
    {
        using var repo = RandomHistory(7, packed: true);
        repo.Write("src/late.txt", "SECRET7\n");
        repo.Commit("loose, after the pack");
        repo.Write("src/late.txt", "SECRET7\nplain text\n");
        repo.Commit("loose, no new match");
        AgreesWithGit(repo, expectObjects: true);
    }

    [Fact]
    public void Select_GraftedParents_FollowTheWalkNotTheObjects()
    {
        using var repo = RandomHistory(9, packed: true);
        var commits = repo.Run("git", "rev-list", "--first-parent", "HEAD").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        File.WriteAllText(Path.Combine(repo.Path, ".git", "info", "grafts"), $"{commits[0]} {commits[^1]}\n{commits[3]}\n");
        AgreesWithGit(repo, expectObjects: true);
    }

    [Fact]
    public void Select_ShallowClone_BoundaryCommitsAreRoots()
    {
        using var origin = RandomHistory(13, packed: true);
        using var clone = TempRepo.Folder();
        clone.Run("git", "clone", "-q", "--depth", "6", "--no-single-branch", "file://" + origin.Path, ".");
        File.Exists(Path.Combine(clone.Path, ".git", "shallow")).ShouldBeTrue();
        AgreesWithGit(clone, expectObjects: true);
    }

    [Fact]
    public void Select_AttributesFile_FallsBackToGitAndStillAgrees()
    {
        using var repo = RandomHistory(11, packed: false);
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
        using var repo = RandomHistory(5, packed: true);
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

    private static void AgreesWithGit(TempRepo repo, bool expectObjects)
    {
        foreach (var pattern in Patterns)
        {
            var expected = repo.Run("git", "log", "--all", "-G" + pattern, "--format=%H").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            using var selected = PickaxeSelector.Select(repo.Path, Encoding.Latin1.GetBytes(pattern), RepositoryLayout.Read(repo.Path));
            (selected.Objects is not null).ShouldBe(expectObjects);
            selected.Commits.Select(found => found.Commit).ShouldBe(expected, $"pattern {pattern}");
            selected.SilentBlobs.ShouldNotContain(blob => BlobsGitGrepFinds(repo, pattern).Contains(blob.ToString()), $"pattern {pattern}");
        }
    }

    /// <summary>The blobs in which <c>git grep -IE</c> (without the word rule, so a superset of git-secrets' lines) finds something, in any commit.</summary>
    private static HashSet<string> BlobsGitGrepFinds(TempRepo repo, string pattern)
    {
        var found = repo.Run("sh", "-c", "git grep -l -IE -e \"$0\" $(git rev-list --all) || test $? = 1", pattern).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return found.Length == 0 ? [] : [.. repo.Run("git", ["rev-parse", .. found]).Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }

    private static TempRepo RandomHistory(int seed, bool packed)
    {
        var random = new Random(seed);
        var repo = TempRepo.Git();
        var files = new List<string>();
        string Line() => Vocabulary[random.Next(Vocabulary.Length)];
        string Content(int lines, bool finalNewline) => string.Join('\n', Enumerable.Range(0, lines).Select(_ => Line())) + (finalNewline && lines > 0 ? "\n" : "");
        string Full(string relative) => Path.Combine(repo.Path, relative);

        for (var commit = 0; commit < 28; commit++)
        {
            var changes = 1 + random.Next(3);
            for (var change = 0; change < changes; change++)
            {
                var text = files.Where(file => File.Exists(Full(file)) && !File.GetAttributes(Full(file)).HasFlag(FileAttributes.ReparsePoint)).ToList();
                var action = files.Count < 3 ? 0 : random.Next(10);
                if (action == 0 || text.Count == 0)
                {
                    var name = $"{(random.Next(2) == 0 ? "src/" : "docs/deep/")}file{commit}_{change}.txt";
                    var body = random.Next(8) switch
                    {
                        0 => "bin\0ary SECRET9\n",
                        1 => "key\n= 1234\n",
                        _ => Content(random.Next(9), random.Next(4) != 0),
                    };
                    repo.Write(name, body);
                    files.Add(name);
                }
                else if (action <= 5)
                {
                    var file = text[random.Next(text.Count)];
                    var lines = File.ReadAllText(Full(file)).Split('\n').ToList();
                    switch (random.Next(5))
                    {
                        case 0:
                            lines.Insert(random.Next(lines.Count + 1), Line());
                            break;
                        case 1 when lines.Count > 1:
                            lines.RemoveAt(random.Next(lines.Count));
                            break;
                        case 2 when lines.Count > 2:
                            var (a, b) = (random.Next(lines.Count), random.Next(lines.Count));
                            (lines[a], lines[b]) = (lines[b], lines[a]);
                            break;
                        case 3:
                            var at = random.Next(lines.Count);
                            lines.Insert(random.Next(lines.Count + 1), lines[at]);
                            break;
                        default:
                            lines[random.Next(lines.Count)] = Line();
                            break;
                    }

                    File.WriteAllText(Full(file), string.Join('\n', lines));
                }
                else if (action == 6)
                {
                    var file = text[random.Next(text.Count)];
                    var renamed = $"moved/{commit}_{Path.GetFileName(file)}";
                    Directory.CreateDirectory(Path.GetDirectoryName(Full(renamed))!);
                    File.Move(Full(file), Full(renamed));
                    if (random.Next(2) == 0)
                    {
                        File.AppendAllText(Full(renamed), Line() + "\n");
                    }

                    files.Remove(file);
                    files.Add(renamed);
                }
                else if (action == 7)
                {
                    var file = text[random.Next(text.Count)];
                    File.Delete(Full(file));
                    files.Remove(file);
                }
                else if (action == 8)
                {
                    var file = text[random.Next(text.Count)];
                    File.Delete(Full(file));
                    File.CreateSymbolicLink(Full(file), random.Next(2) == 0 ? "SECRET7" : "elsewhere");
                }
                else
                {
                    var file = text[random.Next(text.Count)];
                    repo.Run("chmod", random.Next(2) == 0 ? "u+x" : "u-x", file);
                }
            }

            repo.Commit($"commit {commit}");
            if (commit % 9 == 4)
            {
                repo.Run("git", "checkout", "-q", "-b", $"topic{commit}", "HEAD~2");
                repo.Write($"topic/{commit}.txt", Content(4, finalNewline: true));
                repo.Commit($"topic {commit}");
                repo.Run("git", "checkout", "-q", "main");
                if (commit < 20)
                {
                    repo.Run("git", "merge", "-q", "--no-edit", $"topic{commit}");
                }
            }
        }

        if (packed)
        {
            repo.Run("git", "repack", "-a", "-d", "-f", "-q");
            repo.Run("git", "prune-packed");
        }

        return repo;
    }
}
