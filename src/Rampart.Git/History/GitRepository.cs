namespace Rampart.Git.History;

/// <summary>Finds the repository a path belongs to and checks that its history is whole.</summary>
public static class GitRepository
{
    /// <summary>The top-level folder of the work tree holding <paramref name="directory"/>, or null when it is not in one.</summary>
    public static string? FindTopLevel(string directory)
    {
        var (exit, output, _) = GitProcess.Run(directory, "rev-parse", "--show-toplevel");
        return exit == 0 && output.Trim().Length > 0 ? output.Trim() : null;
    }

    /// <summary>Throws a <see cref="GitException"/> when <paramref name="directory"/> is not a repository, is shallow or cannot be read.</summary>
    public static void RequireCompleteHistory(string directory)
    {
        var (exit, output, error) = GitProcess.Run(directory, "rev-parse", "--is-shallow-repository");
        if (exit != 0)
        {
            throw new GitException($"`{directory}` is not a git repository ({error}); pass a repository folder or scan without --history");
        }

        if (output.Trim() == "true")
        {
            throw new GitException($"`{directory}` is a shallow clone, so its history is incomplete; run `git fetch --unshallow` first");
        }
    }
}
