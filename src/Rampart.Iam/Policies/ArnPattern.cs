using Rampart.Iam.Requests;

namespace Rampart.Iam.Policies;

/// <summary>
/// ARN matching as IAM does it for <c>Resource</c> and the <c>Arn*</c> condition operators: the six
/// colon-separated components are compared one by one, each with <c>*</c>/<c>?</c> wildcards and
/// case-sensitively; the last component keeps its colons. A pattern with fewer than six
/// components is compared as one glob over the whole value.
/// </summary>
public static class ArnPattern
{
    /// <summary>True when <paramref name="value"/> matches <paramref name="pattern"/>.</summary>
    public static bool IsMatch(string pattern, bool[]? literal, in RequestResource value)
    {
        if (!value.IsArn && !value.IsStar)
        {
            return Glob.IsMatch(pattern, literal, value.Text);
        }

        if (value.IsStar)
        {
            return pattern == "*" && literal is null;
        }

        if (pattern.Length == 1 && pattern[0] == '*' && literal is null)
        {
            return true;
        }

        var start = 0;
        for (var i = 0; i < 5; i++)
        {
            var colon = pattern.IndexOf(':', start);
            if (colon < 0)
            {
                return Glob.IsMatch(pattern, literal, value.Text);
            }

            if (!Glob.IsMatch(pattern.AsSpan(start, colon - start), Slice(literal, start, colon - start), value.Component(i)))
            {
                return false;
            }

            start = colon + 1;
        }

        return Glob.IsMatch(pattern.AsSpan(start), Slice(literal, start, pattern.Length - start), value.Component(5));
    }

    /// <summary>True when <paramref name="value"/> (any text) matches <paramref name="pattern"/>.</summary>
    public static bool IsMatch(string pattern, bool[]? literal, string value) =>
        IsMatch(pattern, literal, RequestResource.Split(value));

    private static ReadOnlySpan<bool> Slice(bool[]? literal, int start, int length) =>
        literal is null ? default : literal.AsSpan(start, length);
}
