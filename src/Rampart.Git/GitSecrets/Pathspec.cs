using Rampart.Secrets.GitSecrets;

namespace Rampart.Git.GitSecrets;

/// <summary>git's default pathspec match for one item: the path itself, a leading folder, or a glob where <c>*</c> also matches <c>/</c>.</summary>
public static class Pathspec
{
    /// <summary>True when <paramref name="spec"/> selects <paramref name="path"/>.</summary>
    public static bool Matches(string spec, string path)
    {
        var item = spec.StartsWith("./", StringComparison.Ordinal) ? spec[2..] : spec;
        if (item.Length == 0 || item == "." || path == item || path.StartsWith(item.TrimEnd('/') + "/", StringComparison.Ordinal))
        {
            return true;
        }

        return ShellGlob.IsPattern(item) && ShellGlob.Matches(item, 0, path, 0);
    }
}
