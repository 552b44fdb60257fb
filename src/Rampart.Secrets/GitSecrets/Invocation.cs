namespace Rampart.Secrets.GitSecrets;

/// <summary>
/// A git-secrets run after its own argument loop: the command (the first normalized argument), the
/// flags it set and the remaining arguments; or the one-line message it dies with (exit 1).
/// </summary>
public sealed record Invocation(
    string Command,
    bool Force,
    bool Recursive,
    bool Literal,
    bool Global,
    bool Allowed,
    bool Cached,
    bool NoIndex,
    bool Untracked,
    IReadOnlyList<string> Arguments,
    string? Die)
{
    /// <summary>Runs git-secrets' <c>while</c> loop over the normalized arguments.</summary>
    public static Invocation From(IReadOnlyList<string> normalized)
    {
        var command = normalized.Count > 0 ? normalized[0] : "";
        bool force = false, recursive = false, literal = false, global = false, allowed = false, cached = false, noIndex = false, untracked = false;
        var i = 1;
        string? die = null;
        for (; i < normalized.Count && die is null; i++)
        {
            switch (normalized[i])
            {
                case "-f": die = Expect(command, "--install", "-f|--force"); force = true; break;
                case "-r": die = Expect(command, "--scan", "-r|--recursive"); recursive = true; break;
                case "-a": die = Expect(command, "--add", "-a|--allowed"); allowed = true; break;
                case "-l": die = Expect(command, "--add", "-l|--literal"); literal = true; break;
                case "--cached": die = Expect(command, "--scan", "--cached"); cached = true; break;
                case "--no-index": die = Expect(command, "--scan", "--no-index"); noIndex = true; break;
                case "--untracked": die = Expect(command, "--scan", "--untracked"); untracked = true; break;
                case "--global": global = true; break;
                case "--":
                    i++;
                    goto done;
            }
        }

    done:
        if (die is null && recursive && (cached || noIndex || untracked))
        {
            die = "-r|--recursive cannot be supplied with --cached, --no-index, or --untracked";
        }

        var rest = i <= normalized.Count ? normalized.Skip(i).ToList() : [];
        return new Invocation(command, force, recursive, literal, global, allowed, cached, noIndex, untracked, rest, die);
    }

    private static string? Expect(string command, string expected, string option) =>
        command == expected ? null : $"{option} can only be supplied with the {expected} subcommand";
}
