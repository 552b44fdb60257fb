using Rampart.Secrets.GitSecrets.Posix;

namespace Rampart.Secrets.GitSecrets;

/// <summary>A matching line: 1-based number and its byte range (newline excluded).</summary>
public readonly record struct LineMatch(int Number, int Start, int End);

/// <summary>
/// Finds the lines of a buffer that a pattern selects: the DFA filter skips to candidate lines and
/// the exact matcher plus a word rule decides them. Lines end at <c>\n</c>; a last line without one
/// still counts.
/// </summary>
public static class LineScanner
{
    /// <summary>The bytes git and GNU grep look at to call a file binary.</summary>
    public const int GitBinaryProbe = 8000;

    /// <summary>True when a NUL byte occurs in the first <paramref name="probe"/> bytes.</summary>
    public static bool IsBinary(ReadOnlySpan<byte> buffer, int probe = GitBinaryProbe) =>
        buffer[..Math.Min(probe, buffer.Length)].IndexOf((byte)0) >= 0;

    /// <summary>Lines selected by <c>git grep -w</c> with one (combined) pattern.</summary>
    public static List<LineMatch> GitGrep(PosixRegex regex, ReadOnlySpan<byte> buffer) =>
        Scan(buffer, [regex], includeNewline: false, static (r, line) => WordRule.GitMatch(r, line));

    /// <summary>Lines selected by GNU <c>grep -w</c> with several patterns.</summary>
    public static List<LineMatch> GnuGrep(IReadOnlyList<PosixRegex> patterns, ReadOnlySpan<byte> buffer) =>
        Scan(buffer, patterns, includeNewline: false, static (r, line) => WordRule.GnuMatch(r, line));

    /// <summary>
    /// Lines that <c>git log -G</c> would see match (no word rule; the newline is part of the line,
    /// and an unterminated last line is matched with one, as xdiff hands it to the pickaxe);
    /// <paramref name="quiet"/> when the line filter finds no candidate line at all.
    /// </summary>
    public static List<LineMatch> Pickaxe(PosixRegex regex, ReadOnlySpan<byte> buffer, out bool quiet)
    {
        var last = UnterminatedLineStart(buffer);
        var whole = buffer[..last];
        var first = regex.NewlineFilter.NextCandidate(whole, 0);
        var results = first < 0 ? [] : Scan(whole, [regex], includeNewline: true, PickaxeRule, first);
        quiet = first < 0;
        if (last < buffer.Length)
        {
            ReadOnlySpan<byte> line = [.. buffer[last..], (byte)'\n'];
            if (regex.NewlineFilter.NextCandidate(line, 0) >= 0)
            {
                quiet = false;
                if (PickaxeRule(regex, line))
                {
                    results.Add(new LineMatch(whole.Count((byte)'\n') + 1, last, buffer.Length));
                }
            }
        }

        return results;
    }

    /// <summary>
    /// Adds to <paramref name="starts"/> where each line in <paramref name="from"/>..<paramref name="to"/>
    /// (both line boundaries) starts that the line filter takes as a candidate, reading lines as
    /// <see cref="Pickaxe"/> does (an unterminated last line with a newline): no line outside them
    /// can match.
    /// </summary>
    public static void PickaxeCandidates(PosixRegex regex, ReadOnlySpan<byte> buffer, int from, int to, List<int> starts)
    {
        var last = UnterminatedLineStart(buffer);
        var lines = buffer[..Math.Min(to, last)];
        for (var at = from; at < lines.Length && regex.NewlineFilter.NextCandidate(lines, at) is var found and >= 0; at = NextLine(lines, found))
        {
            starts.Add(found);
        }

        if (last < buffer.Length && to > last && regex.NewlineFilter.NextCandidate([.. buffer[last..], (byte)'\n'], 0) >= 0)
        {
            starts.Add(last);
        }
    }

    private static int NextLine(ReadOnlySpan<byte> buffer, int start) =>
        buffer[start..].IndexOf((byte)'\n') is var newline and >= 0 ? start + newline + 1 : buffer.Length;

    /// <summary>Where a last line without a newline starts (the buffer's length when there is none).</summary>
    private static int UnterminatedLineStart(ReadOnlySpan<byte> buffer) =>
        buffer.Length == 0 || buffer[^1] == '\n' ? buffer.Length : buffer.LastIndexOf((byte)'\n') + 1;

    private delegate bool LineRule(PosixRegex regex, ReadOnlySpan<byte> line);

    private static bool PickaxeRule(PosixRegex regex, ReadOnlySpan<byte> line) => regex.Matcher.Search(line, 0, notBol: false, notEol: false, out _, out _);

    /// <summary>The selected lines of <paramref name="buffer"/>, looking from <paramref name="from"/> (a line start) on.</summary>
    private static List<LineMatch> Scan(ReadOnlySpan<byte> buffer, IReadOnlyList<PosixRegex> patterns, bool includeNewline, LineRule rule, int from = 0)
    {
        var results = new List<LineMatch>();
        var lineNumber = 1;
        var counted = 0;
        while (from < buffer.Length)
        {
            var candidate = -1;
            foreach (var pattern in patterns)
            {
                var found = (includeNewline ? pattern.NewlineFilter : pattern.Filter).NextCandidate(buffer, from);
                if (found >= 0 && (candidate < 0 || found < candidate))
                {
                    candidate = found;
                }
            }

            if (candidate < 0 || candidate >= buffer.Length)
            {
                break;
            }

            var newline = buffer[candidate..].IndexOf((byte)'\n');
            var end = newline < 0 ? buffer.Length : candidate + newline;
            lineNumber += buffer[counted..candidate].Count((byte)'\n');
            counted = candidate;
            var line = buffer[candidate..(includeNewline && newline >= 0 ? end + 1 : end)];
            foreach (var pattern in patterns)
            {
                if (rule(pattern, line))
                {
                    results.Add(new LineMatch(lineNumber, candidate, end));
                    break;
                }
            }

            from = end + 1;
        }

        return results;
    }
}
