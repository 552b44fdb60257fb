using System.Globalization;
using Rampart.Iam.Policies;

namespace Rampart.Iam.Conditions;

/// <summary>
/// One policy value of a condition, compiled once for its operator's family: the text (with
/// policy variables for string and ARN operators), and the number, instant, boolean, bytes or
/// network it denotes. A value that does not parse for its family matches nothing.
/// </summary>
public sealed class ConditionValue
{
    private ConditionValue(PolicyString text, ElementLocation location)
    {
        Text = text;
        Location = location;
    }

    /// <summary>The value as written, with its variables.</summary>
    public PolicyString Text { get; }

    /// <summary>Where it is.</summary>
    public ElementLocation Location { get; }

    /// <summary>The number, for numeric operators.</summary>
    public decimal? Number { get; private init; }

    /// <summary>The instant in UTC ticks, for date operators.</summary>
    public long? Ticks { get; private init; }

    /// <summary>The boolean, for <c>Bool</c> and <c>Null</c>.</summary>
    public bool? Boolean { get; private init; }

    /// <summary>The bytes, for <c>BinaryEquals</c>.</summary>
    public byte[]? Bytes { get; private init; }

    /// <summary>The range, for IP operators.</summary>
    public IpNetwork? Network { get; private init; }

    /// <summary>Compiles <paramref name="raw"/> for <paramref name="family"/>.</summary>
    public static ConditionValue Compile(string raw, OperatorFamily family, PolicyString text, ElementLocation location) => family switch
    {
        OperatorFamily.Numeric => new(text, location) { Number = ParseNumber(raw) },
        OperatorFamily.Date => new(text, location) { Ticks = IamDate.TryParse(raw, out var ticks) ? ticks : null },
        OperatorFamily.Bool or OperatorFamily.Null => new(text, location) { Boolean = ParseBool(raw) },
        OperatorFamily.Binary => new(text, location) { Bytes = ParseBase64(raw) },
        OperatorFamily.IpAddress => new(text, location) { Network = IpNetwork.TryParse(raw, out var network) ? network : null },
        _ => new(text, location),
    };

    /// <summary>Parses a decimal number as numeric operators read it.</summary>
    public static decimal? ParseNumber(ReadOnlySpan<char> raw) =>
        decimal.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>Parses <c>true</c>/<c>false</c> in any case.</summary>
    public static bool? ParseBool(ReadOnlySpan<char> raw) =>
        raw.Equals("true", StringComparison.OrdinalIgnoreCase) ? true
        : raw.Equals("false", StringComparison.OrdinalIgnoreCase) ? false
        : null;

    /// <summary>Decodes base64, or null.</summary>
    public static byte[]? ParseBase64(string raw)
    {
        var buffer = new byte[((raw.Length + 3) / 4) * 3];
        return Convert.TryFromBase64String(raw, buffer, out var written) ? buffer[..written] : null;
    }

    /// <inheritdoc />
    public override string ToString() => Text.Text;
}
