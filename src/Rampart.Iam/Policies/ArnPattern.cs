using Rampart.Core;
using Rampart.Iam.Requests;

namespace Rampart.Iam.Policies;

/// <summary>
/// ARN matching as IAM does it. Components are compared one by one, case-sensitively, each with
/// <c>*</c>/<c>?</c> wildcards (IAM User Guide, "IAM JSON policy elements: Resource", "Using
/// wildcards in resource ARNs"); a <c>*</c> ending the pattern's last component may run on past
/// colons. For the <c>Resource</c> element the resource type (the part of the resource component
/// up to its first <c>/</c> or <c>:</c>, such as <c>user/</c>) takes no wildcards: it must appear
/// as written (IAM User Guide, "Amazon Resource Names (ARNs)", "Incorrect wildcard usage"). A
/// resource component without a separator is one glob, so <c>functio*</c> and <c>u*</c> match
/// across the type ("a * that ends a segment can expand beyond the colon boundaries"). S3
/// bucket and object ARNs have no resource type: their resource component is the bucket name and key.
/// </summary>
public static class ArnPattern
{
    /// <summary>Matches a <c>Resource</c>/<c>NotResource</c> pattern against the requested resource.</summary>
    public static bool IsResourceMatch(string pattern, bool[]? literal, in RequestResource value) =>
        IsMatch(pattern, literal, value, resourceType: true);

    /// <summary>As <see cref="IsResourceMatch(string, bool[], in RequestResource)"/> for a pattern resolved into a buffer (empty flags = none).</summary>
    public static bool IsResourceMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<bool> literal, in RequestResource value) =>
        IsMatch(pattern, literal, value, resourceType: true);

    /// <summary>Matches an <c>Arn…</c> condition pattern against a context value.</summary>
    public static bool IsConditionMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<bool> literal, string value) =>
        IsMatch(pattern, literal, RequestResource.Split(value), resourceType: false);

    private static bool IsMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<bool> literal, in RequestResource value, bool resourceType)
    {
        if (value.IsStar)
        {
            return pattern is "*" && literal.IsEmpty;
        }

        if (pattern is "*" && literal.IsEmpty)
        {
            return true;
        }

        if (!value.IsArn || (literal.IsEmpty && !Wildcard.HasWildcard(pattern)))
        {
            return Wildcard.IsMatch(pattern, Flags(literal, 0, pattern.Length), value.Text);
        }

        // Pattern components: up to six, split at the first five colons; the last keeps its colons.
        Span<int> starts = stackalloc int[7];
        var count = 0;
        starts[count++] = 0;
        for (var i = 0; i < pattern.Length && count < 6; i++)
        {
            if (pattern[i] == ':' && (literal.IsEmpty || !literal[i]))
            {
                starts[count++] = i + 1;
            }
        }

        starts[count] = pattern.Length + 1;
        var matcher = new Matcher(pattern, literal, value, resourceType && HasResourceType(value), starts, count);
        return matcher.Match(0, 0);
    }

    private readonly ref struct Matcher(ReadOnlySpan<char> pattern, ReadOnlySpan<bool> literal, in RequestResource value, bool resourceType, Span<int> starts, int count)
    {
        private readonly ReadOnlySpan<char> _pattern = pattern;
        private readonly ReadOnlySpan<bool> _literal = literal;
        private readonly RequestResource _value = value;
        private readonly bool _resourceType = resourceType;
        private readonly Span<int> _starts = starts;
        private readonly int _count = count;

        /// <summary>Pattern component <paramref name="pi"/> onward against value component <paramref name="vi"/> onward.</summary>
        public bool Match(int pi, int vi)
        {
            var start = _starts[pi];
            var length = _starts[pi + 1] - 1 - start;
            var component = _pattern.Slice(start, length);
            var flags = Flags(_literal, start, length);
            var spans = length > 0 && component[^1] == '*' && (flags.IsEmpty || !flags[^1]);
            if (pi == _count - 1)
            {
                if (vi == 5)
                {
                    return MatchResource(component, flags, start);
                }

                // The pattern ran out of components early: only a final * reaches the end of the value.
                return spans && Wildcard.IsMatch(component, flags, _value.Text.AsSpan(_value.Start(vi)));
            }

            if (vi > 4)
            {
                return false;
            }

            if (!spans)
            {
                return Wildcard.IsMatch(component, flags, _value.Component(vi)) && Match(pi + 1, vi + 1);
            }

            // A * ending a component may expand beyond the colon into the next components.
            for (var last = vi; last <= 4; last++)
            {
                var from = _value.Start(vi);
                if (Wildcard.IsMatch(component, flags, _value.Text.AsSpan(from, _value.End(last) - from)) && Match(pi + 1, last + 1))
                {
                    return true;
                }
            }

            return false;
        }

        private bool MatchResource(ReadOnlySpan<char> component, ReadOnlySpan<bool> flags, int start)
        {
            var valuePart = _value.Component(5);
            if (_resourceType)
            {
                var separator = component.IndexOfAny('/', ':');
                if (separator >= 0)
                {
                    var type = component[..(separator + 1)];
                    if (!valuePart.StartsWith(type, StringComparison.Ordinal))
                    {
                        return false;
                    }

                    var skip = separator + 1;
                    return Wildcard.IsMatch(component[skip..], Flags(_literal, start + skip, component.Length - skip), valuePart[skip..]);
                }
            }

            return Wildcard.IsMatch(component, flags, valuePart);
        }
    }

    /// <summary>S3 bucket and object ARNs (no region, no account) start with the bucket name, not a type.</summary>
    private static bool HasResourceType(in RequestResource value) =>
        !(value.Component(2).SequenceEqual("s3") && value.Component(3).IsEmpty && value.Component(4).IsEmpty);

    private static ReadOnlySpan<bool> Flags(ReadOnlySpan<bool> literal, int start, int length) =>
        literal.IsEmpty || length <= 0 ? default : literal.Slice(start, length);
}
