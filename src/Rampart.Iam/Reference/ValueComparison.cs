using System.Globalization;

namespace Rampart.Iam.Reference;

/// <summary>
/// Compares one request-context value with one policy value for the positive form of an operator
/// (IAM User Guide › Condition operators). A value that does not parse as the operator's type
/// (number, date, IP address, boolean, base-64, ARN) matches nothing.
/// </summary>
internal static class ValueComparison
{
    /// <summary>
    /// Whether a request value has the operator's type. The documentation does not say how a
    /// malformed number, date, address or base-64 value compares; Rampart's convention is that it
    /// satisfies neither the operator nor its negation (AWS itself only puts well-formed values in
    /// the request context).
    /// </summary>
    public static bool IsOfType(OperatorFamily family, string requestValue) => family switch
    {
        OperatorFamily.Numeric => TryNumber(requestValue, out _),
        OperatorFamily.Date => DateValue.TryParse(requestValue, out _),
        OperatorFamily.IpAddress => IpRange.ParseAddress(requestValue) is not null,
        OperatorFamily.Binary => TryBase64(requestValue) is not null,
        _ => true,
    };

    public static bool Matches(ConditionOperator op, string requestValue, PatternChar[] policyValue)
    {
        var policyText = PatternChar.ToText(policyValue);
        return op.Family switch
        {
            OperatorFamily.String => op.Comparison switch
            {
                "Equals" => string.Equals(requestValue, policyText, StringComparison.Ordinal),
                "EqualsIgnoreCase" => string.Equals(requestValue, policyText, StringComparison.OrdinalIgnoreCase),
                _ => Glob.IsMatch(policyValue, requestValue, ignoreCase: false),
            },
            OperatorFamily.Numeric => TryNumber(requestValue, out var n) && TryNumber(policyText, out var p) && Compare(op.Comparison, n.CompareTo(p)),
            OperatorFamily.Date => DateValue.TryParse(requestValue, out var d) && DateValue.TryParse(policyText, out var q) && Compare(op.Comparison, d.CompareTo(q)),
            OperatorFamily.Bool => string.Equals(requestValue, policyText, StringComparison.OrdinalIgnoreCase),
            OperatorFamily.Binary => BinaryEquals(requestValue, policyText),
            OperatorFamily.IpAddress => IpRange.ParseAddress(requestValue) is { } address && IpRange.Parse(policyText) is { } range && range.Contains(address),
            OperatorFamily.Arn => ArnPattern.IsMatch(policyValue, requestValue),
            _ => throw new InvalidOperationException($"no value comparison for {op.Family}"),
        };
    }

    private static bool TryNumber(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);

    private static bool Compare(string comparison, int order) => comparison switch
    {
        "Equals" => order == 0,
        "LessThan" => order < 0,
        "LessThanEquals" => order <= 0,
        "GreaterThan" => order > 0,
        "GreaterThanEquals" => order >= 0,
        _ => throw new InvalidOperationException($"unknown comparison {comparison}"),
    };

    /// <summary>"BinaryEquals … compared to a base-64 encoded binary value": equal bytes.</summary>
    private static bool BinaryEquals(string requestValue, string policyValue) =>
        TryBase64(requestValue) is { } request && TryBase64(policyValue) is { } policy && request.AsSpan().SequenceEqual(policy);

    private static byte[]? TryBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }
}
