using System.Diagnostics;
using System.Globalization;
using Rampart.Git.Processes;
using Rampart.Secrets.GitSecrets.Posix;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// Which commits <c>git log --all -G REGEX</c> lists, found without glibc's slow regex: one
/// streamed <c>git log --all -p -U0</c> (same walk, same diff machinery: renames, binary files,
/// textconv and merges behave as for <c>-G</c>) whose added and removed lines our DFA checks. A
/// commit is selected when one of those lines matches, newline included as <c>-G</c> sees it.
/// The commit list (<c>git rev-list --all</c>, the same walk and order) is cut into one contiguous
/// slice per core, each diffed by its own <c>git log --no-walk=unsorted --stdin</c>; the selections
/// are joined in order.
/// </summary>
public static class PickaxeSelector
{
    /// <summary>The selected commits and their trees, in <c>git log --all</c> order.</summary>
    public static List<(string Commit, string Tree)> Select(string directory, byte[] pattern)
    {
        var commits = ProcessRunner.Run("git", ["rev-list", "--all"], directory).StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var slices = Math.Clamp(Math.Min(Environment.ProcessorCount, commits.Length / 64), 1, 4);
        var size = (commits.Length + slices - 1) / Math.Max(slices, 1);
        var tasks = Enumerable.Range(0, slices)
            .Select(i => commits.Skip(i * size).Take(size).ToArray())
            .Select(slice => Task.Run(() =>
            {
                var found = new List<(string, string)>();
                SelectSlice(directory, PosixRegex.Compile(pattern, RegexDialect.Glibc).Value!, slice, (commit, tree) => found.Add((commit, tree)));
                return found;
            }))
            .ToArray();
        return [.. tasks.SelectMany(task => task.GetAwaiter().GetResult())];
    }

    private static void SelectSlice(string directory, PosixRegex regex, string[] commits, Action<string, string> selectedCommit)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.RedirectStandardInput = true;
        foreach (var arg in new[] { "log", "--no-walk=unsorted", "--stdin", "-p", "-U0", "--no-color", "--no-ext-diff", "--format=%x01%H %T" })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start `git log`");
        var errors = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        var input = Task.Run(() =>
        {
            using var stdin = process.StandardInput.BaseStream;
            stdin.Write(ByteString.ToBytes(string.Concat(commits.Select(commit => commit + "\n"))));
        });
        var reader = new LineReader(process.StandardOutput.BaseStream);
        string? commit = null, tree = null;
        var selected = false;
        while (reader.TryRead(out var line))
        {
            if (line.Length > 0 && line[0] == 1)
            {
                if (commit is not null && selected)
                {
                    selectedCommit(commit, tree!);
                }

                var header = ByteString.FromBytes(line[1..]).Split(' ');
                (commit, tree, selected) = (header[0], header[1], false);
                continue;
            }

            if (selected || !line.StartsWith("@@ -"u8))
            {
                continue;
            }

            var (removed, added) = HunkCounts(line);
            var remaining = removed + added;
            var pending = false;
            var previous = Array.Empty<byte>();
            while (remaining > 0 || pending)
            {
                if (!reader.TryRead(out var content))
                {
                    break;
                }

                if (content.Length > 0 && content[0] == '\\')
                {
                    selected |= pending && Matches(regex, previous, newline: false);
                    pending = false;
                    continue;
                }

                if (pending)
                {
                    selected |= Matches(regex, previous, newline: true);
                    pending = false;
                }

                if (remaining == 0)
                {
                    reader.PushBack();
                    break;
                }

                remaining--;
                if (!selected && regex.NewlineFilter.NextCandidate(reader.LastWithNewline[1..], 0) >= 0)
                {
                    previous = [.. content[1..]];
                    pending = true;
                }
            }

            if (pending)
            {
                selected |= Matches(regex, previous, newline: true);
            }
        }

        if (commit is not null && selected)
        {
            selectedCommit(commit, tree!);
        }

        process.WaitForExit();
        input.GetAwaiter().GetResult();
        errors.GetAwaiter().GetResult();
    }

    private static bool Matches(PosixRegex regex, byte[] line, bool newline)
    {
        ReadOnlySpan<byte> subject = newline ? [.. line, (byte)'\n'] : line;
        return regex.NewlineFilter.NextCandidate(subject, 0) >= 0
            && regex.Matcher.Search(subject, 0, notBol: false, notEol: false, out _, out _);
    }

    /// <summary>The line counts of <c>@@ -a[,b] +c[,d] @@</c>.</summary>
    private static (int Removed, int Added) HunkCounts(ReadOnlySpan<byte> header)
    {
        var text = ByteString.FromBytes(header);
        var parts = text.Split(' ');
        return (Count(parts[1]), Count(parts[2]));
    }

    private static int Count(string range)
    {
        var comma = range.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? 1 : int.Parse(range[(comma + 1)..], CultureInfo.InvariantCulture);
    }
}
