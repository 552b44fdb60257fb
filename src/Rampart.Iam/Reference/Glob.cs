namespace Rampart.Iam.Reference;

/// <summary>
/// The reference glob: <c>*</c> matches any run of characters (including none), <c>?</c> exactly
/// one (IAM User Guide › Condition operators › String condition operators, StringLike). Written as
/// the textbook dynamic programme so that it is obviously right: <c>match[i, j]</c> is whether the
/// first <c>i</c> pattern characters match the first <c>j</c> value characters.
/// </summary>
internal static class Glob
{
    public static bool IsMatch(IReadOnlyList<PatternChar> pattern, string value, bool ignoreCase)
    {
        var match = new bool[pattern.Count + 1, value.Length + 1];
        match[0, 0] = true;
        for (var i = 1; i <= pattern.Count; i++)
        {
            var p = pattern[i - 1];
            var star = p.IsWildcard && p.Value == '*';
            match[i, 0] = star && match[i - 1, 0];
            for (var j = 1; j <= value.Length; j++)
            {
                match[i, j] = star
                    ? match[i - 1, j] || match[i, j - 1]
                    : match[i - 1, j - 1] && OneCharacter(p, value[j - 1], ignoreCase);
            }
        }

        return match[pattern.Count, value.Length];
    }

    public static bool IsMatch(string pattern, string value, bool ignoreCase) =>
        IsMatch(PatternChar.FromText(pattern), value, ignoreCase);

    private static bool OneCharacter(PatternChar p, char c, bool ignoreCase) =>
        (p.IsWildcard && p.Value == '?')
        || p.Value == c
        || (ignoreCase && char.ToUpperInvariant(p.Value) == char.ToUpperInvariant(c));
}
