namespace Rampart.Iam.Reference;

/// <summary>
/// Matches a <c>Resource</c>/<c>NotResource</c> ARN pattern, as IAM User Guide › Policy elements:
/// Resource › Using wildcards in resource ARNs says: "You can use wildcard characters (* and ?) within
/// the individual segments of an ARN (the parts separated by colons) … If the * wildcard is the last
/// character of a resource ARN segment, it can expand to match beyond the colon boundaries." So in
/// the first five segments <c>?</c> and a mid-segment <c>*</c> never match a colon, a segment-final
/// <c>*</c> may; in the resource segment (after the fifth colon) colons are ordinary characters.
/// The resource type that starts the resource segment (<c>user/</c>, <c>table/</c>, <c>log-group:</c>)
/// takes no wildcards (IAM User Guide › Amazon Resource Names (ARNs) › incorrect wildcard usage):
/// a <c>*</c> or <c>?</c> before the first <c>/</c> or <c>:</c> of the pattern's resource segment is
/// a literal character, except for S3 bucket and object ARNs, whose resource is a bucket name, not a type.
/// Matching is case-sensitive. Dynamic programme over (pattern position, value position).
/// </summary>
internal static class ResourcePattern
{
    public static bool IsMatch(IReadOnlyList<PatternChar> pattern, string value) =>
        IsSegmentMatch(WithLiteralResourceType(pattern, value), value);

    /// <summary>The segment rules above without the resource-type rule (shared with <see cref="ArnPattern"/>).</summary>
    public static bool IsSegmentMatch(IReadOnlyList<PatternChar> pattern, string value)
    {
        var segment = new int[pattern.Count];
        var colons = 0;
        for (var i = 0; i < pattern.Count; i++)
        {
            segment[i] = Math.Min(colons, 5);
            colons += pattern[i].Value == ':' && !pattern[i].IsWildcard ? 1 : 0;
        }

        var match = new bool[pattern.Count + 1, value.Length + 1];
        match[0, 0] = true;
        for (var i = 1; i <= pattern.Count; i++)
        {
            var p = pattern[i - 1];
            var inResourceSegment = segment[i - 1] == 5;
            var segmentFinal = i == pattern.Count || pattern[i].Value == ':';
            var star = p.IsWildcard && p.Value == '*';
            var starCrossesColons = inResourceSegment || segmentFinal;
            match[i, 0] = star && match[i - 1, 0];
            for (var j = 1; j <= value.Length; j++)
            {
                var c = value[j - 1];
                match[i, j] = star
                    ? match[i - 1, j] || (match[i, j - 1] && (c != ':' || starCrossesColons))
                    : match[i - 1, j - 1] && (p.IsWildcard ? c != ':' || inResourceSegment : p.Value == c);
            }
        }

        return match[pattern.Count, value.Length];
    }

    private static IReadOnlyList<PatternChar> WithLiteralResourceType(IReadOnlyList<PatternChar> pattern, string value)
    {
        if (value.Split(':', 6) is [_, _, "s3", "", "", _])
        {
            return pattern;
        }

        var result = pattern.ToArray();
        var colons = 0;
        for (var i = 0; i < result.Length; i++)
        {
            if (colons == 5)
            {
                var typeEnd = Array.FindIndex(result, i, c => c.Value is '/' or ':');
                for (var j = i; j < typeEnd; j++)
                {
                    result[j] = result[j] with { IsWildcard = false };
                }

                break;
            }

            colons += result[i].Value == ':' ? 1 : 0;
        }

        return result;
    }
}
