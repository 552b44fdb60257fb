namespace Rampart.Iam.Reference;

/// <summary>
/// The reference <c>ArnLike</c>: "each of the six colon-delimited components of the ARN is checked
/// separately and each can include multi-character match wildcards (*) or single-character match
/// wildcards (?)" (IAM User Guide › Condition operators › Amazon Resource Name (ARN) condition
/// operators). The sixth component is everything after the fifth colon, so it keeps its own colons.
/// </summary>
internal static class ArnPattern
{
    public static bool IsMatch(IReadOnlyList<PatternChar> pattern, string value)
    {
        var patternParts = SplitPattern(pattern);
        var valueParts = value.Split(':', 6);
        if (patternParts.Count != 6 || valueParts.Length != 6)
        {
            return false;
        }

        for (var i = 0; i < 6; i++)
        {
            if (!Glob.IsMatch(patternParts[i], valueParts[i], ignoreCase: false))
            {
                return false;
            }
        }

        return true;
    }

    private static List<List<PatternChar>> SplitPattern(IReadOnlyList<PatternChar> pattern)
    {
        var parts = new List<List<PatternChar>> { new() };
        foreach (var c in pattern)
        {
            if (c.Value == ':' && parts.Count < 6)
            {
                parts.Add([]);
            }
            else
            {
                parts[^1].Add(c);
            }
        }

        return parts;
    }
}
