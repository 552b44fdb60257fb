using Rampart.Git.Processes;

namespace Rampart.Git.GitSecrets;

/// <summary>Runs git the way the git-secrets script does: stderr goes straight to the user, stdout is captured.</summary>
public sealed class GitCommand(string directory, ShellIo io)
{
    /// <summary>The folder git runs in.</summary>
    public string Directory { get; } = directory;

    /// <summary>Runs <c>git ARGS</c>, passes its stderr through and returns the result.</summary>
    public ProcessResult Run(params string[] args) => RunWithInput(null, args);

    /// <summary>Runs <c>git ARGS</c> with <paramref name="stdin"/>, passing its stderr through.</summary>
    public ProcessResult RunWithInput(byte[]? stdin, params string[] args)
    {
        io.Flush();
        var result = ProcessRunner.Run("git", args, Directory, stdin);
        io.Err(result.Stderr);
        return result;
    }

    /// <summary>Runs <c>git ARGS</c> quietly: nothing is passed through.</summary>
    public ProcessResult Quiet(params string[] args) => ProcessRunner.Run("git", args, Directory);

    /// <summary>Runs <c>git ARGS</c> quietly (list form).</summary>
    public ProcessResult Quiet(IEnumerable<string> args) => ProcessRunner.Run("git", args, Directory);
}
