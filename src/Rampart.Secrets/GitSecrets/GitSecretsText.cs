namespace Rampart.Secrets.GitSecrets;

/// <summary>The fixed texts git-secrets 1.3.0 prints and writes.</summary>
public static class GitSecretsText
{
    /// <summary>The block after a failed scan (stderr), starting with the empty line.</summary>
    public const string Mitigations =
        "\n[ERROR] Matched one or more prohibited patterns\n\nPossible mitigations:\n"
        + "- Mark false positives as allowed using: git config --add secrets.allowed ...\n"
        + "- Mark false positives as allowed by adding regular expressions to .gitallowed at repository's root directory\n"
        + "- List your configured patterns: git config --get-all secrets.patterns\n"
        + "- List your configured allowed patterns: git config --get-all secrets.allowed\n"
        + "- List your configured allowed patterns in .gitallowed at repository's root directory\n"
        + "- Use --no-verify if this is a one-time false positive\n";

    /// <summary>The hooks <c>--install</c> writes, in its order: hook name and the entry point it calls.</summary>
    public static readonly IReadOnlyList<(string Hook, string Command)> Hooks =
    [
        ("commit-msg", "commit_msg_hook"),
        ("pre-commit", "pre_commit_hook"),
        ("prepare-commit-msg", "prepare_commit_msg_hook"),
    ];

    /// <summary>What <c>--register-aws</c> adds, in order: key and value.</summary>
    public static readonly IReadOnlyList<(string Key, string Value)> AwsRegistration =
    [
        ("secrets.providers", "git secrets --aws-provider"),
        ("secrets.patterns", "(A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16}"),
        ("secrets.patterns", "(\"|')?(AWS|aws|Aws)?_?(SECRET|secret|Secret)?_?(ACCESS|access|Access)?_?(KEY|key|Key)(\"|')?\\s*(:|=>|=)\\s*(\"|')?[A-Za-z0-9/\\+=]{40}(\"|')?"),
        ("secrets.patterns", "(\"|')?(AWS|aws|Aws)?_?(ACCOUNT|account|Account)_?(ID|id|Id)?(\"|')?\\s*(:|=>|=)\\s*(\"|')?[0-9]{4}\\-?[0-9]{4}\\-?[0-9]{4}(\"|')?"),
        ("secrets.allowed", "AKIAIOSFODNN7EXAMPLE"),
        ("secrets.allowed", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ];

    /// <summary>The body of an installed hook that calls <paramref name="command"/>.</summary>
    public static string HookScript(string command) => $"#!/usr/bin/env bash\ngit secrets --{command} -- \"$@\"\n";

    /// <summary><c>--add --literal</c>: a backslash before each of <c>\ . | $ ( ) { } ? + * ^</c>.</summary>
    public static string EscapeLiteral(string value) => Escape(value, "\\.|$(){}?+*^");

    /// <summary>A backslash before every character of <paramref name="value"/> found in <paramref name="specials"/>.</summary>
    public static string Escape(string value, string specials)
    {
        var text = new System.Text.StringBuilder();
        foreach (var c in value)
        {
            if (specials.Contains(c, StringComparison.Ordinal))
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return text.ToString();
    }
}
