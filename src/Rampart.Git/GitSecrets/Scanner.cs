using Rampart.Git.Processes;
using Rampart.Secrets.GitSecrets;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// git-secrets' <c>scan</c>, <c>process_output</c> and <c>scan_with_fn_or_die</c>: choose git grep
/// or GNU grep, filter the printed lines through the allowed patterns, print what is left and the
/// mitigation block on stderr, and exit 1 (or pass an inner exit code through).
/// </summary>
public sealed class Scanner(GitCommand git, GitFacts facts, ShellIo io, GitSecretsEnvironment environment, PatternSource patterns)
{
    /// <summary><c>scan_with_fn_or_die</c>.</summary>
    public int OrDie(Func<ScanOutcome> scan)
    {
        var outcome = scan();
        if (outcome.Exits)
        {
            return outcome.Code;
        }

        if (outcome.Code == 0)
        {
            return 0;
        }

        io.Err(GitSecretsText.Mitigations);
        return 1;
    }

    /// <summary><c>scan FILE…</c> with the given git grep options.</summary>
    public ScanOutcome Scan(IReadOnlyList<string> files, bool cached, bool untracked, bool noIndex, bool recursive, byte[]? stdin = null)
    {
        var options = (cached ? "--cached" : "") + (untracked ? " --untracked" : "") + (noIndex ? " --no-index" : "");
        int status;
        string output;
        if (files.Count == 0 || options.Length > 0)
        {
            var words = ShellWords.Split(options);
            var option = words.Count > 0 ? words[0] : "";
            var pathspecs = words.Skip(1).Concat(files).ToList();
            facts.Prefetch();
            var grep = new GitGrep(git, facts, io, environment);
            var listing = grep.StartListing(option, pathspecs);
            var combined = patterns.LoadCombinedPatterns();
            (status, output) = combined.Length == 0 ? (1, "") : grep.Run(option, combined, pathspecs, listing);
            output = CommandSubstitution(output, ScriptLine.GitGrep);
        }
        else
        {
            var loaded = patterns.LoadPatterns();
            var grep = loaded.Length == 0 ? new GnuGrep.Result(1, "")
                : new GnuGrep(io, environment, stdin).Run(["-d", recursive ? "recurse" : "skip", "-nwHEI", loaded, .. files]);
            (status, output) = (grep.Status, ByteString.TrimNewlines(CommandSubstitution(grep.Stdout, ScriptLine.RegularGrep)));
        }

        return ProcessOutput(status, output);
    }

    /// <summary>
    /// <c>output=$(…)</c> at script line <paramref name="line"/>: bash drops NUL bytes from a command
    /// substitution and warns once (grep prints them with <c>-a</c> on binary data, or <c>-Z</c>; git
    /// grep prints the lines of a file its <c>diff</c> attribute calls text, NULs and all).
    /// </summary>
    public string CommandSubstitution(string captured, ScriptLine line)
    {
        if (!captured.Contains('\0', StringComparison.Ordinal))
        {
            return captured;
        }

        io.Err($"{environment.ScriptPath}: line {(int)line}: warning: command substitution: ignored null byte in input\n");
        return captured.Replace("\0", "", StringComparison.Ordinal);
    }

    /// <summary><c>process_output STATUS OUTPUT</c>: the found lines minus those <c>grep -Ev "$allowed"</c> drops, on stderr.</summary>
    public ScanOutcome ProcessOutput(int status, string output)
    {
        var allowed = patterns.LoadAllowed();
        switch (status)
        {
            case 0:
                if (allowed.Length == 0)
                {
                    io.Err(output + "\n");
                    return ScanOutcome.Found;
                }

                var filtered = new GnuGrep(io, environment, ByteString.ToBytes(output + "\n")).Run(["-Ev", allowed]);
                io.Err(filtered.Stdout);
                return filtered.Status == 0 ? ScanOutcome.Found : ScanOutcome.Clean;
            case 1:
                return ScanOutcome.Clean;
            default:
                return ScanOutcome.Exit(status);
        }
    }
}
