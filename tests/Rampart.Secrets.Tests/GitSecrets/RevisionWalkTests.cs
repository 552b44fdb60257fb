using Rampart.Git.GitSecrets;
using Rampart.Git.Objects;
using Rampart.Secrets.Tests.Support;

namespace Rampart.Secrets.Tests.GitSecrets;

/// <summary>
/// The walk from the objects against <c>git rev-list --all --parents --format=%T</c>: random
/// histories with many commits sharing one second, dates that go back in time (clock skew),
/// branches, remote refs, merges, roots, annotated tags and lightweight ones on trees, a detached
/// HEAD, packed or loose objects and refs, must list the same commits with the same parents and
/// trees in the same order.
/// </summary>
public sealed class RevisionWalkTests
{
    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 6).Select(seed => new object[] { seed });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void From_RandomHistory_SameWalkAsGitRevList(int seed)
    {
        using var repo = TempRepo.Git();
        var random = new Random(seed);
        var commits = new List<string>();
        var date = 1_700_000_000L;
        for (var commit = 0; commit < 80; commit++)
        {
            date += random.Next(10) switch { 0 => -random.Next(1, 5000), < 6 => 0, _ => random.Next(1, 3) };
            repo.Write($"f{random.Next(8)}.txt", $"{seed} {commit}\n");
            repo.Run("git", "add", "-A");
            var tree = repo.Run("git", "write-tree").Trim();
            var parents = commits.Count == 0 || random.Next(15) == 0 ? []
                : random.Next(6) == 0 ? new[] { commits[^1], commits[random.Next(commits.Count)] }.Distinct()
                : [commits[random.Next(Math.Max(0, commits.Count - 4), commits.Count)]];
            commits.Add(repo.Run("env", [$"GIT_COMMITTER_DATE={date} +0000", "git", "commit-tree", tree, .. parents.SelectMany(parent => new[] { "-p", parent }), "-m", $"c{commit}"]).Trim());
            switch (random.Next(8))
            {
                case 0:
                    repo.Run("git", "update-ref", $"refs/heads/b{commit}", commits[random.Next(commits.Count)]);
                    break;
                case 1:
                    repo.Run("git", "tag", "-a", "-m", "t", $"v{commit}", commits[random.Next(commits.Count)]);
                    break;
                case 2:
                    repo.Run("git", "tag", $"l{commit}", tree);
                    break;
                case 3:
                    repo.Run("git", "update-ref", $"refs/remotes/origin/r{commit}", commits[random.Next(commits.Count)]);
                    break;
            }
        }

        repo.Run("git", "update-ref", "refs/heads/main", commits[^1]);
        if (seed % 3 == 0)
        {
            repo.Run("git", "update-ref", "--no-deref", "HEAD", commits[random.Next(commits.Count)]);
        }

        if (seed % 2 == 0)
        {
            repo.Run("git", "repack", "-a", "-d", "-q");
            repo.Run("git", "pack-refs", "--all");
        }

        var expected = Listing(repo.Run("git", "rev-list", "--all", "--parents", "--format=%T"));
        var starts = repo.Run("git", "rev-list", "--all", "--no-walk=unsorted").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(hex => ObjectId.TryParse(hex, out var id) ? id : throw new InvalidOperationException(hex)).ToList();
        using var database = ObjectDatabase.Open(Path.Combine(repo.Path, ".git", "objects"));
        using var reader = database.CreateReader();

        var walked = RevisionWalk.From(starts, reader);

        walked.Select(commit => $"{commit.Id} {string.Join(' ', commit.Parents)} {commit.Tree}").ShouldBe(expected);
    }

    [Fact]
    public void From_CommitWithoutAuthorLine_DatedZeroAsByGit()
    {
        using var repo = TempRepo.Git();
        repo.Commit("first");
        var tree = repo.Run("git", "rev-parse", "HEAD^{tree}").Trim();
        var odd = repo.Run("sh", "-c", $"printf 'tree {tree}\\nencoding UTF-8\\ncommitter x <x> 1900000000 +0000\\n\\nodd\\n' | git hash-object -t commit -w --literally --stdin").Trim();
        repo.Run("git", "update-ref", "refs/heads/odd", odd);
        repo.Run("env", "GIT_COMMITTER_DATE=1000000000 +0000", "git", "commit", "-q", "--allow-empty", "-m", "old");
        var expected = Listing(repo.Run("git", "rev-list", "--all", "--parents", "--format=%T"));
        using var database = ObjectDatabase.Open(Path.Combine(repo.Path, ".git", "objects"));
        using var reader = database.CreateReader();
        var starts = repo.Run("git", "rev-list", "--all", "--no-walk=unsorted").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(hex => ObjectId.TryParse(hex, out var id) ? id : default).ToList();

        RevisionWalk.From(starts, reader).Select(commit => $"{commit.Id} {string.Join(' ', commit.Parents)} {commit.Tree}").ShouldBe(expected);
        expected[^1].ShouldStartWith(odd);
    }

    private static List<string> Listing(string revList)
    {
        var lines = revList.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var walk = new List<string>();
        for (var i = 0; i < lines.Length; i += 2)
        {
            var ids = lines[i]["commit ".Length..].Split(' ');
            walk.Add($"{ids[0]} {string.Join(' ', ids[1..])} {lines[i + 1]}");
        }

        return walk;
    }
}
