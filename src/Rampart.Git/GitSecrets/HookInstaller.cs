using Rampart.Git.Processes;
using Rampart.Secrets.GitSecrets;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// <c>--install [-f] [DIR]</c>: writes the three hooks (or <c>HOOK.d/git-secrets</c> where a
/// <c>HOOK.d</c> folder exists) with git-secrets' content and messages. An existing hook is kept
/// unless forced; each hook is written to a temporary file and renamed into place, so a failure
/// never leaves a partial hook.
/// </summary>
public sealed class HookInstaller(GitCommand git, ShellIo io, GitSecretsEnvironment environment)
{
    /// <summary>Runs the install; returns the exit code.</summary>
    public int Install(string? target, bool force)
    {
        string directory;
        if (string.IsNullOrEmpty(target))
        {
            var gitDir = git.Run("rev-parse", "--git-dir");
            if (gitDir.ExitCode != 0)
            {
                return Die("Not in a Git repository");
            }

            directory = ByteString.TrimNewlines(gitDir.StdoutText);
        }
        else
        {
            directory = Directory.Exists(Full(target + "/.git")) ? target + "/.git" : target;
        }

        if (CreateHooksFolder(directory + "/hooks") is { } problem)
        {
            io.Err(problem + "\n");
            return Die($"Could not create dir: {directory}");
        }

        foreach (var (hook, command) in GitSecretsText.Hooks)
        {
            var dest = Directory.Exists(Full($"{directory}/hooks/{hook}.d")) ? $"{directory}/hooks/{hook}.d/git-secrets" : $"{directory}/hooks/{hook}";
            var full = Full(dest);
            if (File.Exists(full) && !force)
            {
                return Die($"{dest} already exists. Use -f to force");
            }

            WriteAtomically(full, GitSecretsText.HookScript(command));
            if (!Console.IsOutputRedirected && ProcessRunner.Which("tput") is not null)
            {
                io.Out("\u001b[32m" + ByteString.FromOs("✓") + "\u001b(B\u001b[m ");
            }

            io.Out($"Installed {hook} hook to {dest}\n");
        }

        return 0;
    }

    private string Full(string path) => Path.Combine(environment.Directory, ByteString.ToOs(path));

    private int Die(string message)
    {
        io.Err(message + "\n");
        return 1;
    }

    /// <summary><c>mkdir -p</c>; returns its error line, or null.</summary>
    private string? CreateHooksFolder(string path)
    {
        var parts = path.Split('/');
        for (var i = 1; i <= parts.Length; i++)
        {
            var prefix = string.Join('/', parts.Take(i));
            if (prefix.Length == 0)
            {
                continue;
            }

            var full = Full(prefix);
            if (File.Exists(full))
            {
                return $"mkdir: cannot create directory {Quote(prefix)}: Not a directory";
            }

            if (!Directory.Exists(full))
            {
                try
                {
                    Directory.CreateDirectory(full);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return $"mkdir: cannot create directory {Quote(prefix)}: {(e is UnauthorizedAccessException ? "Permission denied" : e.Message)}";
                }
            }
        }

        return null;
    }

    private string Quote(string path)
    {
        var locale = environment.Variables.GetValueOrDefault("LC_ALL") is { Length: > 0 } all ? all
            : environment.Variables.GetValueOrDefault("LC_MESSAGES") is { Length: > 0 } messages ? messages
            : environment.Variables.GetValueOrDefault("LANG") ?? "";
        return locale.Contains("UTF-8", StringComparison.OrdinalIgnoreCase) || locale.Contains("utf8", StringComparison.OrdinalIgnoreCase)
            ? ByteString.FromOs("‘") + path + ByteString.FromOs("’")
            : $"'{path}'";
    }

    /// <summary>Writes through a symlinked hook to its target, via a temporary file and a rename.</summary>
    private static void WriteAtomically(string path, string content)
    {
        var info = new FileInfo(path);
        var target = info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path : path;
        var mode = File.Exists(target) && !OperatingSystem.IsWindows() ? File.GetUnixFileMode(target) : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        mode |= UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.rampart-{Environment.ProcessId}");
        try
        {
            File.WriteAllBytes(temporary, ByteString.ToBytes(content));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, mode);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
