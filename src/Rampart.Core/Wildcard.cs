namespace Rampart.Core;

/// <summary>
/// Glob matching with <c>*</c> (any run of characters, including none) and <c>?</c> (exactly one
/// character), as IAM uses in <c>Action</c>, <c>Resource</c>, <c>StringLike</c> and <c>ArnLike</c>.
/// A character whose literal flag is set (IAM's <c>${*}</c>, <c>${?}</c> or a substituted policy
/// variable) matches only itself. Greedy with one backtrack point: linear in practice and never
/// exponential.
/// </summary>
public static class Wildcard
{
    /// <summary>True when <paramref name="pattern"/> has a <c>*</c> or <c>?</c>.</summary>
    public static bool HasWildcard(ReadOnlySpan<char> pattern) => pattern.IndexOfAny('*', '?') >= 0;

    /// <summary>True when the whole of <paramref name="value"/> matches <paramref name="pattern"/>.</summary>
    public static bool IsMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<char> value, bool ignoreCase = false) =>
        IsMatch(pattern, default, value, ignoreCase);

    /// <summary>
    /// As <see cref="IsMatch(ReadOnlySpan{char}, ReadOnlySpan{char}, bool)"/>, with per-character
    /// literal flags for the pattern (empty: no character is literal).
    /// </summary>
    public static bool IsMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<bool> literal, ReadOnlySpan<char> value, bool ignoreCase = false)
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

                if ((c == '?' && wild) || c == value[v] || (ignoreCase && char.ToUpperInvariant(c) == char.ToUpperInvariant(value[v])))
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
}
