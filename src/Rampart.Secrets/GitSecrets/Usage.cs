namespace Rampart.Secrets.GitSecrets;

/// <summary>git-secrets 1.3.0's option spec and the usage text git's parse-options prints for it.</summary>
public static class Usage
{
    /// <summary>The options in spec order: long name, short name (or '\0'), hidden, help.</summary>
    public static readonly IReadOnlyList<(string Long, char Short, bool Hidden, string Help)> Options =
    [
        ("scan", '\0', false, "Scans <files> for prohibited patterns"),
        ("scan-history", '\0', false, "Scans repo for prohibited patterns"),
        ("install", '\0', false, "Installs git hooks for Git repository or Git template directory"),
        ("list", '\0', false, "Lists secret patterns"),
        ("add", '\0', false, "Adds a prohibited or allowed pattern, ensuring to de-dupe with existing patterns"),
        ("add-provider", '\0', false, "Adds a secret provider that when called outputs secret patterns on new lines"),
        ("aws-provider", '\0', false, "Secret provider that outputs credentials found in an ini file"),
        ("register-aws", '\0', false, "Adds common AWS patterns to the git config and scans for ~/.aws/credentials"),
        ("recursive", 'r', false, "--scan scans directories recursively"),
        ("cached", '\0', false, "--scan scans searches blobs registered in the index file"),
        ("no-index", '\0', false, "--scan searches files in the current directory that is not managed by Git"),
        ("untracked", '\0', false, "In addition to searching in the tracked files in the working tree, --scan also in untracked files"),
        ("force", 'f', false, "--install overwrites hooks if the hook already exists"),
        ("literal", 'l', false, "--add and --add-allowed patterns are escaped so that they are literal"),
        ("allowed", 'a', false, "--add adds an allowed pattern instead of a prohibited pattern"),
        ("global", '\0', false, "Uses the --global git config"),
        ("commit_msg_hook", '\0', true, "commit-msg hook (internal only)"),
        ("pre_commit_hook", '\0', true, "pre-commit hook (internal only)"),
        ("prepare_commit_msg_hook", '\0', true, "prepare-commit-msg hook (internal only)"),
    ];

    private static readonly string[] Synopsis =
    [
        "git secrets --scan [-r|--recursive] [--cached] [--no-index] [--untracked] [<files>...]",
        "git secrets --scan-history",
        "git secrets --install [-f|--force] [<target-directory>]",
        "git secrets --list [--global]",
        "git secrets --add [-a|--allowed] [-l|--literal] [--global] <pattern>",
        "git secrets --add-provider [--global] <command> [arguments...]",
        "git secrets --register-aws [--global]",
        "git secrets --aws-provider [<credentials-file>]",
    ];

    /// <summary>The usage block, newline-terminated, exactly as <c>git rev-parse --parseopt</c> prints it.</summary>
    public static string Text { get; } = Build(full: false);

    /// <summary>The usage block of <c>--help-all</c>, hidden options included.</summary>
    public static string FullText { get; } = Build(full: true);

    private static string Build(bool full)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < Synopsis.Length; i++)
        {
            text.Append(i == 0 ? "usage: " : "   or: ").Append(Synopsis[i]).Append('\n');
        }

        text.Append('\n');
        foreach (var (name, shortName, hidden, help) in Options)
        {
            if (hidden && !full)
            {
                continue;
            }

            var head = shortName == '\0' ? $"    --{name}" : $"    -{shortName}, --{name}";
            text.Append(head.Length <= 24 ? head.PadRight(26) : head + "\n" + new string(' ', 26)).Append(help).Append('\n');
        }

        return text.Append('\n').ToString();
    }
}
