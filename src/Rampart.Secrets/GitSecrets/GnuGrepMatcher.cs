using System.Text;
using Rampart.Secrets.GitSecrets.Posix;

namespace Rampart.Secrets.GitSecrets;

/// <summary>
/// Decides which lines GNU grep 3.8 selects for a parsed command: the keys are newline-separated
/// patterns, extended regular expressions (<c>-E</c>, GNU dialect) or fixed strings (<c>-F</c>),
/// ASCII case folding for <c>-i</c> as in the C locale, with <c>-x</c> (whole line, before
/// <c>-w</c>), <c>-w</c> (GNU's word rule) and <c>-v</c>. An empty pattern file selects nothing.
/// </summary>
/// <remarks>
/// Not emulated, and reported through <see cref="NotEmulated"/> before the first line is decided:
/// basic (<c>-G</c>), Perl (<c>-P</c>) and awk matchers, and NUL-separated data (<c>-z</c>). git-secrets always passes <c>-E</c> or <c>-F</c>, so a second
/// matcher option is already an error ("conflicting matchers specified").
/// </remarks>
public sealed class GnuGrepMatcher
{
    private readonly GnuGrepOptions _options;
    private readonly bool _matchNothing;
    private readonly List<PosixRegex> _regexes = [];
    private readonly List<byte[]> _strings = [];

    private GnuGrepMatcher(GnuGrepCommand command)
    {
        _options = command.Options;
        _matchNothing = command.MatchNothing;
        var matcher = _options.Matcher ?? 'G';
        NotEmulated = matcher is not ('E' or 'F') ? $"-{(matcher == 'A' ? "X awk" : matcher.ToString())}"
            : _options.NotEmulated.Contains("-z") ? "-z"
            : null;
    }

    /// <summary>The option that keeps Rampart from deciding lines, or null.</summary>
    public string? NotEmulated { get; }

    /// <summary>Compiles the keys; on failure, grep's message (<c>grep: …</c>) and exit code 2. Warnings go to <paramref name="warnings"/>.</summary>
    public static (GnuGrepMatcher? Matcher, string? Error) Create(GnuGrepCommand command, StringBuilder warnings)
    {
        var matcher = new GnuGrepMatcher(command);
        if (command.MatchNothing)
        {
            return (matcher, null);
        }

        foreach (var key in command.Keys.Split('\n'))
        {
            var bytes = Encoding.Latin1.GetBytes(key);
            if (command.Options.Matcher == 'F')
            {
                matcher._strings.Add(command.Options.IgnoreCase ? Fold(bytes) : bytes);
                continue;
            }

            if (command.Options.Matcher != 'E')
            {
                continue;
            }

            var regex = PosixRegex.Compile(bytes, RegexDialect.GnuGrep, command.Options.IgnoreCase);
            if (!regex.Succeeded)
            {
                return (null, $"grep: {regex.FirstError!.Message}\n");
            }

            foreach (var warning in regex.Value!.Warnings)
            {
                warnings.Append("grep: warning: ").Append(warning).Append('\n');
            }

            matcher._regexes.Add(regex.Value);
        }

        return (matcher, null);
    }

    /// <summary>True when grep selects <paramref name="line"/> (newline excluded).</summary>
    public bool IsSelected(ReadOnlySpan<byte> line)
    {
        if (_matchNothing)
        {
            return _options.Invert;
        }

        var matched = false;
        foreach (var regex in _regexes)
        {
            matched = matched || Matches(regex, line);
        }

        if (_strings.Count > 0)
        {
            var subject = _options.IgnoreCase ? Fold(line.ToArray()) : line;
            foreach (var text in _strings)
            {
                matched = matched || Matches(text, subject);
            }
        }

        return matched != _options.Invert;
    }

    /// <summary>
    /// The non-empty matches <c>-o</c> prints, left to right (grep.c, <c>print_line_middle</c>): from
    /// the end of the last one, the leftmost match of any pattern (the longest at that start) under
    /// <c>-w</c>/<c>-x</c>; an empty match moves on one byte.
    /// </summary>
    public List<(int Start, int End)> OnlyMatching(ReadOnlySpan<byte> line)
    {
        var found = new List<(int Start, int End)>();
        var subject = _options.IgnoreCase && _strings.Count > 0 ? Fold(line.ToArray()) : line;
        for (var from = 0; from < line.Length && !_matchNothing;)
        {
            var (start, end) = (-1, -1);
            foreach (var regex in _regexes)
            {
                if (Find(regex, line, from, out var s, out var e) && (start < 0 || s < start || (s == start && e > end)))
                {
                    (start, end) = (s, e);
                }
            }

            foreach (var text in _strings)
            {
                if (Find(text, subject, from, out var s) && (start < 0 || s < start || (s == start && s + text.Length > end)))
                {
                    (start, end) = (s, s + text.Length);
                }
            }

            if (start < 0 || start == line.Length)
            {
                break;
            }

            if (end > start)
            {
                found.Add((start, end));
            }

            from = end > start ? end : start + 1;
        }

        return found;
    }

    private bool Find(PosixRegex regex, ReadOnlySpan<byte> line, int from, out int start, out int end)
    {
        if (_options.LineRegexp)
        {
            return regex.Matcher.Search(line, 0, notBol: false, notEol: false, out start, out end) && from == 0 && start == 0 && end == line.Length;
        }

        return _options.WordRegexp ? WordRule.GnuFind(regex, line, from, out start, out end)
            : regex.Matcher.Search(line, from, notBol: false, notEol: false, out start, out end);
    }

    private bool Find(byte[] text, ReadOnlySpan<byte> line, int from, out int start)
    {
        start = -1;
        if (_options.LineRegexp)
        {
            start = from == 0 && line.SequenceEqual(text) ? 0 : -1;
            return start == 0;
        }

        for (var at = from > line.Length ? -1 : line[from..].IndexOf(text) + from; at >= from; at = NextOccurrence(text, line, at))
        {
            if (!_options.WordRegexp || IsWordBounded(line, at, text.Length))
            {
                start = at;
                return true;
            }
        }

        return false;
    }

    private static bool IsWordBounded(ReadOnlySpan<byte> line, int at, int length) =>
        (at == 0 || !CharClass.IsWord(line[at - 1])) && (at + length == line.Length || !CharClass.IsWord(line[at + length]));

    private bool Matches(PosixRegex regex, ReadOnlySpan<byte> line)
    {
        if (regex.Filter.NextCandidate(line, 0) < 0)
        {
            return false;
        }

        if (_options.LineRegexp)
        {
            return regex.Matcher.Search(line, 0, notBol: false, notEol: false, out var start, out var end) && start == 0 && end == line.Length;
        }

        return _options.WordRegexp ? WordRule.GnuMatch(regex, line) : regex.IsMatch(line);
    }

    private bool Matches(byte[] text, ReadOnlySpan<byte> line)
    {
        if (_options.LineRegexp)
        {
            return line.SequenceEqual(text);
        }

        for (var at = line.IndexOf(text); at >= 0; at = NextOccurrence(text, line, at))
        {
            if (!_options.WordRegexp || IsWordBounded(line, at, text.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextOccurrence(byte[] text, ReadOnlySpan<byte> line, int at)
    {
        if (at + 1 > line.Length)
        {
            return -1;
        }

        var next = line[(at + 1)..].IndexOf(text);
        return next < 0 ? -1 : at + 1 + next;
    }

    private static byte[] Fold(byte[] bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] is >= (byte)'A' and <= (byte)'Z')
            {
                bytes[i] += 'a' - 'A';
            }
        }

        return bytes;
    }
}
