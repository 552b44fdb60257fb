using Rampart.Secrets.Scanning;

namespace Rampart.Git.History;

/// <summary>The staged content (<c>--staged</c>): every regular file in the index, read from its blob, not from disk.</summary>
public static class GitIndexSource
{
    /// <summary>The index entries under <paramref name="directory"/> (paths relative to it), as blobs.</summary>
    public static IEnumerable<ScanTarget> Read(string directory)
    {
        if (GitRepository.FindTopLevel(directory) is null)
        {
            throw new GitException($"`{directory}` is not in a git repository, so it has no staged files; scan it without --staged");
        }

        var entries = new List<(string Blob, string Path)>();
        using (var list = GitProcess.Start(directory, ["ls-files", "-z", "--stage"]))
        {
            var reader = new NulTokenReader(list.Output);
            for (var token = reader.Next(); token is not null; token = reader.Next())
            {
                // "<mode> <blob> <stage>\t<path>"; conflicted paths list stages 1–3, the merge result lives in the work tree.
                var tab = token.IndexOf('\t', StringComparison.Ordinal);
                var fields = token[..tab].Split(' ');
                if (fields[0].StartsWith("100", StringComparison.Ordinal) && fields[2] is "0" or "2")
                {
                    entries.Add((fields[1], token[(tab + 1)..]));
                }
            }

            var (exit, error) = list.Finish();
            if (exit != 0)
            {
                throw new GitException($"cannot read the index of `{directory}`: {error}");
            }
        }

        return ReadBlobs(directory, entries);
    }

    private static IEnumerable<ScanTarget> ReadBlobs(string directory, List<(string Blob, string Path)> entries)
    {
        using var blobs = new CatFileBatch(directory);
        foreach (var (blob, path) in entries)
        {
            yield return new ScanTarget(path, () => blobs.Open(blob)) { BlobId = blob };
        }
    }
}
