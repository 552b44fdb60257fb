using Rampart.Iam.Requests;

namespace Rampart.Iam.Policies;

/// <summary>
/// ARN matching as IAM does it. Components are compared one by one, case-sensitively, each with
/// <c>*</c>/<c>?</c> wildcards (IAM User Guide, "IAM JSON policy elements: Resource", "Using
/// wildcards in resource ARNs"); a <c>*</c> ending the pattern's last component may run on past
/// colons. For the <c>Resource</c> element the resource type (the part of the resource component
/// up to its first <c>/</c> or <c>:</c>, such as <c>user/</c>) takes no wildcards: it must appear
/// as written (IAM User Guide, "Amazon Resource Names (ARNs)", "Incorrect wildcard usage"). S3
/// bucket and object ARNs have no resource type: their resource component is the bucket name and key.
/// </summary>
public static class ArnPattern
{
    /// <summary>Matches a <c>Resource</c>/<c>NotResource</c> pattern against the requested resource.</summary>
    public static bool IsResourceMatch(string pattern, bool[]? literal, in RequestResource value) =>
        IsMatch(pattern, literal, value, resourceType: true);

    /// <summary>Matches an <c>Arn…</c> condition pattern against a context value.</summary>
    public static bool IsConditionMatch(string pattern, bool[]? literal, string value) =>
        IsMatch(pattern, literal, RequestResource.Split(value), resourceType: false);

    private static bool IsMatch(string pattern, bool[]? literal, in RequestResource value, bool resourceType)
    {
        if (value.IsStar)
        {
            return pattern == "*" && literal is null;
        }

        if (pattern.Length == 1 && pattern[0] == '*' && literal is null)
        {
            return true;
        }

        if (!value.IsArn)
        {
            return Glob.IsMatch(pattern, Flags(literal, 0, pattern.Length), value.Text);
        }

        var start = 0;
        for (var i = 0; i < 5; i++)
        {
            var colon = pattern.IndexOf(':', start);
            if (colon < 0)
            {
                // Fewer than six components: a trailing * spans the rest of the value.
                var rest = value.Text.AsSpan(value.Starts[i]);
                return pattern.EndsWith('*') && Glob.IsMatch(pattern.AsSpan(start), Flags(literal, start, pattern.Length - start), rest);
            }

            if (!Glob.IsMatch(pattern.AsSpan(start, colon - start), Flags(literal, start, colon - start), value.Component(i)))
            {
                return false;
            }

            start = colon + 1;
        }

        var patternPart = pattern.AsSpan(start);
        var valuePart = value.Component(5);
        if (resourceType && HasResourceType(value))
        {
            var separator = patternPart.IndexOfAny('/', ':');
            if (separator >= 0)
            {
                var type = patternPart[..(separator + 1)];
                if (!valuePart.StartsWith(type, StringComparison.Ordinal))
                {
                    return false;
                }

                var skip = separator + 1;
                return Glob.IsMatch(patternPart[skip..], Flags(literal, start + skip, patternPart.Length - skip), valuePart[skip..]);
            }
        }

        return Glob.IsMatch(patternPart, Flags(literal, start, patternPart.Length), valuePart);
    }

    /// <summary>S3 bucket and object ARNs (no region, no account) start with the bucket name, not a type.</summary>
    private static bool HasResourceType(in RequestResource value) =>
        !(value.Component(2).SequenceEqual("s3") && value.Component(3).IsEmpty && value.Component(4).IsEmpty);

    private static ReadOnlySpan<bool> Flags(bool[]? literal, int start, int length) =>
        literal is null ? default : literal.AsSpan(start, length);
}
