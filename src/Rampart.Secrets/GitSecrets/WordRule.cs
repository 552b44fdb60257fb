using Rampart.Secrets.GitSecrets.Posix;

namespace Rampart.Secrets.GitSecrets;

/// <summary>
/// The two meanings of <c>-w</c> that git-secrets meets. They differ: git grep tries only the
/// longest match at the leftmost start and, when its edges touch word bytes, searches again after
/// that start (<c>REG_NOTBOL</c>, from the next non-word boundary); GNU grep first tries shorter
/// matches at the same start, then moves one byte on.
/// </summary>
public static class WordRule
{
    /// <summary>git grep's <c>-w</c> (grep.c, match_one_pattern).</summary>
    public static bool GitMatch(PosixRegex regex, ReadOnlySpan<byte> line) => GitFind(regex, line, notBol: false, out _, out _);

    /// <summary>git grep's <c>-w</c> from a start that is (<paramref name="notBol"/>) or is not the line's beginning, and the match it accepts.</summary>
    public static bool GitFind(PosixRegex regex, ReadOnlySpan<byte> line, bool notBol, out int matchStart, out int matchEnd)
    {
        matchStart = -1;
        matchEnd = -1;
        var bol = 0;
        while (true)
        {
            var rest = line[bol..];
            if (!regex.Matcher.Search(rest, 0, notBol, notEol: false, out var so, out var eo))
            {
                return false;
            }

            var wordStart = so == 0 || !CharClass.IsWord(rest[so - 1]);
            var wordEnd = eo == rest.Length || !CharClass.IsWord(rest[eo]);
            if (wordStart && wordEnd && so != eo)
            {
                (matchStart, matchEnd) = (bol + so, bol + eo);
                return true;
            }

            if (bol + so + 1 >= line.Length)
            {
                return false;
            }

            bol = bol + so + 1;
            while (CharClass.IsWord(line[bol - 1]) && bol < line.Length)
            {
                bol++;
            }

            notBol = true;
            if (bol >= line.Length)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// GNU grep's <c>-w</c> (dfasearch.c, EGexecute): at each leftmost start, the longest match and
    /// then ever shorter ones are tried; an empty match counts when both neighbours are non-word bytes.
    /// </summary>
    public static bool GnuMatch(PosixRegex regex, ReadOnlySpan<byte> line) => GnuFind(regex, line, 0, out _, out _);

    /// <summary>The first match GNU grep's <c>-w</c> accepts at or after <paramref name="from"/> (what <c>-o -w</c> prints).</summary>
    public static bool GnuFind(PosixRegex regex, ReadOnlySpan<byte> line, int from, out int matchStart, out int matchEnd)
    {
        while (from <= line.Length && regex.Matcher.Search(line, from, notBol: false, notEol: false, out var start, out _))
        {
            foreach (var end in regex.Matcher.EndsAt(line, start, notBol: false, notEol: false))
            {
                var before = start == 0 || !CharClass.IsWord(line[start - 1]);
                var after = end == line.Length || !CharClass.IsWord(line[end]);
                if (before && after)
                {
                    (matchStart, matchEnd) = (start, end);
                    return true;
                }

                if (end == start)
                {
                    break;
                }
            }

            from = start + 1;
        }

        (matchStart, matchEnd) = (-1, -1);
        return false;
    }
}
