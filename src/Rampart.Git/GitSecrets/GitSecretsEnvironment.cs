using Rampart.Git.Processes;
using Rampart.Secrets.GitSecrets;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// Where a git-secrets run happens: the current folder, HOME, the script path the messages name
/// (<c>$0</c>), and the process environment (for the <c>GITHEAD_*</c> variable of merges).
/// </summary>
public sealed record GitSecretsEnvironment(string Directory, string Home, string ScriptPath, IReadOnlyDictionary<string, string> Variables)
{
    /// <summary>The sorted entries of the current folder that a shell glob word matches.</summary>
    public IReadOnlyList<string> Glob(string word)
    {
        var names = new DirectoryInfo(Directory).EnumerateFileSystemInfos().Select(entry => ByteString.FromOs(entry.Name));
        return ShellGlob.Expand(word, names);
    }
}
