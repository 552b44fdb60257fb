namespace Rampart.Secrets.GitSecrets;

/// <summary>bash pathname-expansion matching for one path component (<c>* ? [...]</c>, backslash escapes).</summary>
public static class ShellGlob
{
    /// <summary>True when bash would try to expand <paramref name="word"/>.</summary>
    public static bool IsPattern(string word) => word.IndexOfAny(['*', '?', '[']) >= 0;

    /// <summary>
    /// The entries of a folder (given by name) that <paramref name="pattern"/> matches, sorted by
    /// byte order; a leading dot must be matched explicitly, and <c>.</c>/<c>..</c> never match.
    /// Patterns with a slash are not expanded (empty result).
    /// </summary>
    public static IReadOnlyList<string> Expand(string pattern, IEnumerable<string> names)
    {
        if (pattern.Contains('/', StringComparison.Ordinal))
        {
            return [];
        }

        var matches = names
            .Where(name => name is not "." and not ".." && (name[0] != '.' || pattern[0] == '.') && Matches(pattern, 0, name, 0))
            .ToList();
        matches.Sort(StringComparer.Ordinal);
        return matches;
    }

    /// <summary>True when <paramref name="pattern"/> from <paramref name="p"/> matches <paramref name="text"/> from <paramref name="t"/>.</summary>
    public static bool Matches(string pattern, int p, string text, int t)
    {
        while (p < pattern.Length)
        {
            var c = pattern[p];
            switch (c)
            {
                case '*':
                    for (var k = t; k <= text.Length; k++)
                    {
                        if (Matches(pattern, p + 1, text, k))
                        {
                            return true;
                        }
                    }

                    return false;
                case '?':
                    if (t >= text.Length)
                    {
                        return false;
                    }

                    p++;
                    t++;
                    continue;
                case '[':
                    var end = BracketEnd(pattern, p);
                    if (end > 0)
                    {
                        if (t >= text.Length || !InBracket(pattern[(p + 1)..end], text[t]))
                        {
                            return false;
                        }

                        p = end + 1;
                        t++;
                        continue;
                    }

                    break;
                case '\\' when p + 1 < pattern.Length:
                    p++;
                    c = pattern[p];
                    break;
            }

            if (t >= text.Length || text[t] != c)
            {
                return false;
            }

            p++;
            t++;
        }

        return t == text.Length;
    }

    private static int BracketEnd(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] is '!' or '^')
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':')
            {
                var close = pattern.IndexOf(":]", i + 2, StringComparison.Ordinal);
                if (close > 0)
                {
                    i = close + 1;
                    continue;
                }
            }

            if (pattern[i] == ']')
            {
                return i;
            }
        }

        return -1;
    }

    private static bool InBracket(string body, char c)
    {
        var negate = body.Length > 0 && body[0] is '!' or '^';
        var i = negate ? 1 : 0;
        var found = false;
        while (i < body.Length)
        {
            if (body[i] == '[' && i + 1 < body.Length && body[i + 1] == ':')
            {
                var close = body.IndexOf(":]", i + 2, StringComparison.Ordinal);
                var set = Posix.CharClass.Find(body[(i + 2)..close]);
                found |= c < 256 && set is not null && set.Contains((byte)c);
                i = close + 2;
                continue;
            }

            var low = body[i];
            if (i + 2 < body.Length && body[i + 1] == '-')
            {
                found |= c >= low && c <= body[i + 2];
                i += 3;
            }
            else
            {
                found |= c == low;
                i++;
            }
        }

        return found != negate;
    }
}
