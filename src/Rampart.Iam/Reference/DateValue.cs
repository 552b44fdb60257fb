using System.Globalization;

namespace Rampart.Iam.Reference;

/// <summary>
/// Date values of the Date condition operators: "a date in ISO 8601 format or epoch (UNIX) time", extended (2025-06-01T12:00:00Z) or basic (20250601T120000Z)
/// (IAM User Guide › Condition operators › Date condition operators). A value without an offset is UTC.
/// </summary>
internal static class DateValue
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyyMMdd'T'HHmmssK",
        "yyyyMMdd'T'HHmmss",
    ];

    public static bool TryParse(string text, out DateTimeOffset value)
    {
        if (text.Length > 0 && text.All(char.IsAsciiDigit) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            value = DateTimeOffset.FromUnixTimeSeconds(seconds);
            return true;
        }

        return DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }
}
