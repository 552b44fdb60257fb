using Rampart.Git.Processes;
using Rampart.Secrets.GitSecrets;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// git-secrets' <c>load_patterns</c>, <c>load_allowed</c> and <c>load_combined_patterns</c>: the
/// configured patterns plus every provider's output, the allowed patterns plus <c>.gitallowed</c>,
/// and the one <c>|</c>-joined expression (after the shell's word splitting and globbing).
/// </summary>
public sealed class PatternSource(GitFacts facts, ShellIo io, GitSecretsEnvironment environment)
{
    /// <summary><c>$(load_patterns)</c>: newline-separated, trailing newlines removed.</summary>
    public string LoadPatterns()
    {
        var text = facts.GetAll("secrets.patterns");
        var providers = facts.GetAll("secrets.providers");
        foreach (var line in providers.Split('\n').SkipLast(1))
        {
            var result = ByteString.TrimNewlines(RunProvider(line.Trim(' ', '\t')).Replace("\r", "", StringComparison.Ordinal));
            if (result.Length > 0)
            {
                text += result + "\n";
            }
        }

        return ByteString.TrimNewlines(text);
    }

    /// <summary><c>$(load_combined_patterns)</c>.</summary>
    public string LoadCombinedPatterns() => ShellWords.CombinePatterns(LoadPatterns(), environment.Glob);

    /// <summary><c>$(load_allowed)</c>.</summary>
    public string LoadAllowed()
    {
        var text = facts.GetAll("secrets.allowed");
        var top = ByteString.TrimNewlines(facts.TopLevel().StdoutText);
        var path = ByteString.ToOs(top + "/.gitallowed");
        if (File.Exists(path))
        {
            foreach (var line in SplitLines(ByteString.FromBytes(File.ReadAllBytes(path))))
            {
                var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length > 0 && !fields[0].StartsWith('#'))
                {
                    text += line + "\n";
                }
            }
        }

        return ByteString.TrimNewlines(text);
    }

    /// <summary>Runs one provider command line: split and globbed like an unquoted <c>$cmd</c>.</summary>
    private string RunProvider(string commandLine)
    {
        var words = ShellWords.SplitAndGlob(commandLine, environment.Glob);
        if (words.Count == 0)
        {
            return "";
        }

        if (words is ["git", "secrets", "--aws-provider", ..])
        {
            return AwsProvider(words.Count > 3 ? words[3] : "");
        }

        var program = ProcessRunner.Which(ByteString.ToOs(words[0]));
        if (program is null)
        {
            var reason = words[0].Contains('/', StringComparison.Ordinal) ? "No such file or directory" : "command not found";
            io.Err($"{environment.ScriptPath}: line 56: {words[0]}: {reason}\n");
            return "";
        }

        io.Flush();
        var result = ProcessRunner.Run(program, words.Skip(1), environment.Directory);
        io.Err(result.Stderr);
        return result.StdoutText;
    }

    /// <summary><c>--aws-provider [file]</c>: the escaped keys in the file (default <c>~/.aws/credentials</c>).</summary>
    public string AwsProvider(string file)
    {
        var path = file.Length == 0 ? ByteString.FromOs(environment.Home) + "/.aws/credentials" : file;
        var osPath = Path.Combine(environment.Directory, ByteString.ToOs(path));
        return File.Exists(osPath) ? AwsCredentialsProvider.Patterns(ByteString.FromBytes(File.ReadAllBytes(osPath))) : "";
    }

    private static IEnumerable<string> SplitLines(string text)
    {
        var lines = text.Split('\n');
        return text.EndsWith('\n') ? lines.SkipLast(1) : lines;
    }
}
