using System.Text;
using Rampart.Git.Objects;
using Rampart.Git.Processes;
using Rampart.Secrets.GitSecrets.Posix;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// <c>--scan-history</c>: the commits <c>git log --all -G"$combined"</c> would list (see
/// <see cref="PickaxeSelector"/>), then <c>git grep -nwHEI "$combined" $to_scan</c> over their
/// trees (see <see cref="TreeGrep"/>), then git-secrets' allowed filter. With no commit selected,
/// git grep gets no revision and searches the work tree, as in the script.
/// </summary>
public sealed class HistoryScanner(GitCommand git, GitFacts facts, ShellIo io, GitSecretsEnvironment environment, PatternSource patterns, Scanner scanner)
{
    /// <summary>Runs the scan.</summary>
    public ScanOutcome Scan()
    {
        // The git calls the scan makes whatever the patterns are start at once, to run side by side.
        // Some wait for their git on a pool thread: enough threads that none waits for another's
        // git to end before it can start its own (the pool otherwise adds threads slowly).
        ThreadPool.GetMinThreads(out var workers, out var completions);
        ThreadPool.SetMinThreads(Math.Max(workers, 8), completions);
        facts.Prefetch();
        var layoutRead = Task.Run(() => RepositoryLayout.Read(environment.Directory, () => facts.HasAttributesFile));
        var combined = patterns.LoadCombinedPatterns();
        if (combined.Length == 0)
        {
            return ScanOutcome.Clean;
        }

        var prefix = facts.Prefix();
        var output = new StringBuilder();
        if (prefix.ExitCode != 0)
        {
            io.Err(prefix.Stderr);
        }
        else
        {
            // The walk's git call starts once those the patterns and the layout wait for have
            // (starting a process waits for the others being started); it is needed only later.
            var selectionCalls = PickaxeSelector.Start(environment.Directory, facts.ConfigCall);
            var compiled = PosixRegex.Compile(ByteString.ToBytes(combined), RegexDialect.Glibc);
            if (!compiled.Succeeded)
            {
                io.Err($"fatal: invalid regex: {compiled.FirstError!.Message}\n");
            }
            else
            {
                var grep = new GitGrep(git, facts, io, environment);
                var regex = grep.Compile(combined);
                if (regex is null)
                {
                    return scanner.ProcessOutput(128, "");
                }

                var style = facts.Style;
                var shownFrom = ByteString.TrimNewlines(prefix.StdoutText);
                var layout = layoutRead.GetAwaiter().GetResult();
                using var selection = PickaxeSelector.Select(environment.Directory, ByteString.ToBytes(combined), layout, selectionCalls);
                io.Err(selection.GitErrors);
                var selected = selection.Commits;
                if (selected.Count > 0 && combined.StartsWith('-'))
                {
                    var (asked, answer) = grep.AskGit([combined, .. selected.Select(found => found.Commit)]);
                    return scanner.ProcessOutput(asked, scanner.CommandSubstitution(answer, ScriptLine.ScanHistory));
                }

                try
                {
                    Search(selection.Objects, selected);
                }
                catch (Exception e) when (selection.Objects is not null && GitObjectException.Caused(e))
                {
                    output.Clear();
                    Search(null, selected);
                }

                void Search(ObjectDatabase? objects, List<(string Commit, ObjectId Tree)> revisions)
                {
                    using var trees = new TreeGrep(objects, environment.Directory, () => grep.Compile(combined)!, layout, style, objects is null ? null : selection.Trees);
                    trees.Prepare(revisions.Select(found => found.Tree), selection.IsSilent);
                    foreach (var (commit, tree) in revisions)
                    {
                        trees.Append(commit, tree, shownFrom, output);
                    }
                }

                if (selected.Count > 0)
                {
                    return scanner.ProcessOutput(output.Length > 0 ? 0 : 1, ByteString.TrimNewlines(scanner.CommandSubstitution(output.ToString(), ScriptLine.ScanHistory)));
                }
            }
        }

        var (status, text) = new GitGrep(git, facts, io, environment).Run("", combined, []);
        return scanner.ProcessOutput(status, scanner.CommandSubstitution(text, ScriptLine.ScanHistory));
    }
}
