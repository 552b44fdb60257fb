namespace Rampart.Iam.Policies;

/// <summary>
/// IAM wildcard matching: <c>*</c> is any run of characters (none included), <c>?</c> exactly one,
/// case-sensitive. A character whose <c>literal</c> flag is set (from <c>${*}</c>, <c>${?}</c> or a
/// substituted policy variable) matches only itself. Linear-time greedy matching with one
/// backtrack point: never exponential.
/// </summary>
public static class Glob
{
    /// <summary>True when the whole of <paramref name="value"/> matches <paramref name="pattern"/>.</summary>
    public static bool IsMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<char> value) => IsMatch(pattern, default, value);

    /// <summary>As <see cref="IsMatch(ReadOnlySpan{char}, ReadOnlySpan{char})"/>, with per-character literal flags (empty = none).</summary>
    public static bool IsMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<bool> literal, ReadOnlySpan<char> value)
    {
        int p = 0, v = 0, star = -1, resume = 0;
        var hasFlags = !literal.IsEmpty;
        while (v < value.Length)
        {
            if (p < pattern.Length)
            {
                var c = pattern[p];
                var wild = !hasFlags || !literal[p];
                if (c == '*' && wild)
                {
                    star = p++;
                    resume = v;
                    continue;
                }

                if ((c == '?' && wild) || c == value[v])
                {
                    p++;
                    v++;
                    continue;
                }
            }

            if (star < 0)
            {
                return false;
            }

            p = star + 1;
            v = ++resume;
        }

        while (p < pattern.Length && pattern[p] == '*' && (!hasFlags || !literal[p]))
        {
            p++;
        }

        return p == pattern.Length;
    }

    /// <summary>True when <paramref name="pattern"/> has an unescaped <c>*</c> or <c>?</c>.</summary>
    public static bool HasWildcard(ReadOnlySpan<char> pattern) => pattern.IndexOfAny('*', '?') >= 0;
}
