namespace Rampart.Secrets.GitSecrets;

/// <summary>
/// The bash behaviour git-secrets' unquoted expansions get: word splitting on the default IFS
/// (space, tab, newline), pathname expansion of words holding <c>*</c>, <c>?</c> or <c>[</c>
/// (left as they are when nothing matches), and the builtin <c>echo</c>'s option words.
/// </summary>
public static class ShellWords
{
    /// <summary>Splits on runs of space, tab and newline.</summary>
    public static IReadOnlyList<string> Split(string text) => text.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Splits and expands each word; <paramref name="glob"/> returns the sorted matches of a word, or none.</summary>
    public static IReadOnlyList<string> SplitAndGlob(string text, Func<string, IReadOnlyList<string>> glob)
    {
        var words = new List<string>();
        foreach (var word in Split(text))
        {
            var matches = ShellGlob.IsPattern(word) ? glob(word) : [];
            if (matches.Count == 0)
            {
                words.Add(word);
            }
            else
            {
                words.AddRange(matches);
            }
        }

        return words;
    }

    /// <summary>
    /// <c>load_combined_patterns</c>: each word of the pattern list joined with <c>|</c>, then echoed
    /// unquoted (split and globbed again, joined with spaces). Empty when there are no words.
    /// </summary>
    public static string CombinePatterns(string patterns, Func<string, IReadOnlyList<string>> glob)
    {
        var combined = string.Join('|', SplitAndGlob(patterns, glob));
        return Echo(SplitAndGlob(combined, glob));
    }

    /// <summary>bash's builtin <c>echo</c> of already split words, without the trailing newline.</summary>
    public static string Echo(IReadOnlyList<string> words)
    {
        var i = 0;
        while (i < words.Count && words[i].Length > 1 && words[i][0] == '-' && words[i].Skip(1).All(c => c is 'n' or 'e' or 'E'))
        {
            i++;
        }

        return string.Join(' ', words.Skip(i));
    }
}
