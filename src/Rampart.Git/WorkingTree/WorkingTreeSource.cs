using Rampart.Git.History;
using Rampart.Secrets.Scanning;

namespace Rampart.Git.WorkingTree;

/// <summary>
/// The files under a folder. Inside a git work tree the list comes from
/// <c>git ls-files --cached --others --exclude-standard</c>, so <c>.gitignore</c> is respected;
/// elsewhere every regular file is walked, <c>.git</c> folders and symbolic links to folders left out.
/// A single file is scanned on its own.
/// </summary>
public static class WorkingTreeSource
{
    /// <summary>The targets under <paramref name="root"/>, paths relative to it with <c>/</c>.</summary>
    public static IEnumerable<ScanTarget> Read(string root)
    {
        if (File.Exists(root))
        {
            return [new ScanTarget(Path.GetFileName(root), () => File.OpenRead(root))];
        }

        if (!Directory.Exists(root))
        {
            throw new GitException($"`{root}` does not exist; pass a file, a folder or a repository");
        }

        var paths = GitRepository.FindTopLevel(root) is null ? Walk(root) : Tracked(root);
        return paths.Select(relative => new ScanTarget(relative, () => File.OpenRead(Path.Combine(root, relative))));
    }

    private static IEnumerable<string> Tracked(string root)
    {
        var paths = new List<string>();
        using (var list = GitProcess.Start(root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--deduplicate"]))
        {
            var reader = new NulTokenReader(list.Output);
            for (var path = reader.Next(); path is not null; path = reader.Next())
            {
                paths.Add(path);
            }

            var (exit, error) = list.Finish();
            if (exit != 0)
            {
                throw new GitException($"cannot list the files of `{root}`: {error}");
            }
        }

        // Deleted-but-tracked files and submodule folders are listed too; only regular files are read.
        return paths.Where(p => File.Exists(Path.Combine(root, p)) && !IsLink(Path.Combine(root, p)));
    }

    private static IEnumerable<string> Walk(string root)
    {
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                if (entry is DirectoryInfo directory)
                {
                    if (directory.Name != ".git" && directory.LinkTarget is null)
                    {
                        pending.Push(directory.FullName);
                    }
                }
                else if (entry.LinkTarget is null)
                {
                    yield return Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
                }
            }
        }
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;
}
