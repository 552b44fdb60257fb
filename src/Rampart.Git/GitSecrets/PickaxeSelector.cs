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
/// Reports (commit, tree) in log order, as the log streams.
/// </summary>
public static class PickaxeSelector
{
    /// <summary>Selected commits and their trees, streaming from the log in <paramref name="directory"/>.</summary>
    public static void Select(string directory, PosixRegex regex, Action<string, string> selectedCommit)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "log", "--all", "-p", "-U0", "--no-color", "--no-ext-diff", "--format=%x01%H %T" })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start `git log`");
        var errors = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
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
                previous = [.. content[1..]];
                pending = true;
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
        errors.GetAwaiter().GetResult();
    }

    private static bool Matches(PosixRegex regex, byte[] line, bool newline)
    {
        ReadOnlySpan<byte> subject = newline ? [.. line, (byte)'\n'] : line;
        return regex.Filter.NextCandidate(subject, 0, includeNewline: true) >= 0
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
