using Rampart.Git.Processes;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// Where a repository keeps things, as git resolves them (<c>GIT_DIR</c>, worktrees and
/// <c>GIT_OBJECT_DIRECTORY</c> included), and whether any <c>.gitattributes</c> source exists that
/// could change how git diffs or greps a path: a tracked <c>.gitattributes</c> anywhere, one at the
/// top of the work tree, <c>info/attributes</c>, <c>core.attributesFile</c> or the XDG default.
/// </summary>
public sealed record RepositoryLayout(string CommonDirectory, string ObjectsDirectory, string ObjectFormat, string TopLevel, bool HasAttributes)
{
    /// <summary>
    /// Reads the layout with git calls run side by side; null outside a work tree or when git fails.
    /// Whether <c>core.attributesFile</c> is set comes from <paramref name="attributesFileConfigured"/>
    /// when given (a caller that has read the config already), else from a call of its own.
    /// </summary>
    public static RepositoryLayout? Read(string directory, Func<bool>? attributesFileConfigured = null)
    {
        var tracked = Task.Run(() => ProcessRunner.Run("git", ["ls-files", "-z", "--", ":(top,glob)**/.gitattributes", ":(top).gitattributes"], directory));
        var configured = attributesFileConfigured is null
            ? Task.Run(() => ProcessRunner.Run("git", ["config", "--get", "core.attributesFile"], directory).ExitCode != 1)
            : null;
        var location = ProcessRunner.Run("git", ["rev-parse", "--git-common-dir", "--git-path", "objects", "--show-object-format", "--show-toplevel"], directory);
        var lines = location.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var (listed, attributesFile) = (tracked.GetAwaiter().GetResult(), configured?.GetAwaiter().GetResult() ?? attributesFileConfigured!());
        if (location.ExitCode != 0 || lines.Length != 4)
        {
            return null;
        }

        var common = Path.GetFullPath(ByteString.ToOs(lines[0]), directory);
        var top = ByteString.ToOs(lines[3]);
        var hasAttributes = listed.ExitCode != 0 || listed.Stdout.Length > 0
            || File.Exists(Path.Combine(top, ".gitattributes"))
            || HasAttributesOutsideTree(common, attributesFile);
        return new RepositoryLayout(common, Path.GetFullPath(ByteString.ToOs(lines[1]), directory), lines[2], top, hasAttributes);
    }

    /// <summary>
    /// The attributes sources that are not in the work tree: <c>core.attributesFile</c> (when
    /// <paramref name="attributesFileConfigured"/>), <c>COMMON_DIR/info/attributes</c> and the XDG
    /// default <c>$XDG_CONFIG_HOME/git/attributes</c> (or <c>~/.config/git/attributes</c>).
    /// </summary>
    public static bool HasAttributesOutsideTree(string commonDirectory, bool attributesFileConfigured)
    {
        var home = Environment.GetEnvironmentVariable("HOME") ?? "";
        var xdg = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } configHome ? configHome : Path.Combine(home, ".config");
        return attributesFileConfigured
            || File.Exists(Path.Combine(commonDirectory, "info", "attributes"))
            || File.Exists(Path.Combine(xdg, "git", "attributes"));
    }
}
