using Rampart.Secrets.Scanning;

namespace Rampart.Git.History;

/// <summary>
/// The blobs of a repository's history, oldest commit first, each offered once per path with the
/// commit that introduced it. One <c>git log --raw -z --reverse</c> lists what every commit added or
/// changed (merges against their first parent, so conflict resolutions count); one
/// <c>git cat-file --batch</c> streams each new blob's content. Nothing is held in memory beyond the
/// object ids already seen.
/// </summary>
public static class GitHistorySource
{
    private const string CommitMarker = "\u0001";
    private const string NullId = "0000000000000000000000000000000000000000";

    /// <summary>
    /// The targets of the history of <paramref name="repository"/>: every ref (<c>--all</c>), or the
    /// commits after <paramref name="since"/> up to HEAD. Throws <see cref="GitException"/> for a
    /// shallow, corrupt or missing repository or an unknown revision.
    /// </summary>
    public static IEnumerable<ScanTarget> Read(string repository, string? since, IProgress<HistoryProgress>? progress = null)
    {
        GitRepository.RequireCompleteHistory(repository);
        var range = since is null ? "--all" : $"{since}..HEAD";
        if (since is not null)
        {
            var (exit, _, _) = GitProcess.Run(repository, "rev-parse", "--verify", "--quiet", since + "^{commit}");
            if (exit != 0)
            {
                throw new GitException($"unknown revision `{since}` in `{repository}`; pass a commit, branch or tag that exists");
            }
        }

        var total = CountCommits(repository, range);
        return ReadLog(repository, range, total, progress);
    }

    private static int CountCommits(string repository, string range)
    {
        var (exit, output, error) = GitProcess.Run(repository, "rev-list", "--count", range);
        if (exit != 0)
        {
            // An empty repository has no refs yet: nothing to scan.
            return error.Contains("unknown revision", StringComparison.Ordinal) || error.Length == 0 ? 0 : throw new GitException($"cannot read the history of `{repository}`: {error}");
        }

        return int.Parse(output.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IEnumerable<ScanTarget> ReadLog(string repository, string range, int total, IProgress<HistoryProgress>? progress)
    {
        if (total == 0)
        {
            yield break;
        }

        using var log = GitProcess.Start(repository, ["log", "--raw", "--no-abbrev", "-z", "--reverse", "--no-renames", "--diff-merges=first-parent", $"--format={CommitMarker}%H%x00%an <%ae>%x00%aI", range]);
        using var blobs = new CatFileBatch(repository);
        var reader = new NulTokenReader(log.Output);
        var offered = new HashSet<(string Blob, string Path)>();
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        CommitInfo? commit = null;
        var commits = 0;
        for (var token = reader.Next(); token is not null; token = reader.Next())
        {
            token = token.TrimStart('\n');
            if (token.StartsWith(CommitMarker, StringComparison.Ordinal))
            {
                var author = reader.Next() ?? string.Empty;
                var date = reader.Next() ?? string.Empty;
                commit = new CommitInfo(token[1..], author, date);
                commits++;
                progress?.Report(new HistoryProgress(commits, total, distinct.Count));
                continue;
            }

            if (!token.StartsWith(':'))
            {
                continue;
            }

            var path = reader.Next() ?? string.Empty;
            var fields = token[1..].Split(' ');
            var (mode, blob, status) = (fields[1], fields[3], fields[4]);
            if (status == "D" || blob == NullId || !mode.StartsWith("100", StringComparison.Ordinal) || !offered.Add((blob, path)))
            {
                continue;
            }

            distinct.Add(blob);
            yield return new ScanTarget(path, () => blobs.Open(blob)) { BlobId = blob, Commit = commit };
        }

        var (exit, error) = log.Finish();
        if (exit != 0)
        {
            throw new GitException($"git log failed in `{repository}`: {error}; the repository may be corrupt, run `git fsck`");
        }
    }
}
