using System.Globalization;

namespace Rampart.Iam.Conditions;

/// <summary>
/// Dates as the <c>Date…</c> operators read them: ISO 8601 (<c>2025-06-01</c>,
/// <c>2025-06-01T12:00:00Z</c>, with fraction or offset) or epoch seconds (<c>1735689600</c>).
/// Compared as UTC instants, in ticks.
/// </summary>
public static class IamDate
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyyMMdd'T'HHmmssK",
    ];

    /// <summary>Parses a date or epoch value into UTC ticks.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out long ticks)
    {
        ticks = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var epoch))
        {
            if (epoch is < -62135596800 or > 253402300799)
            {
                return false;
            }

            ticks = DateTimeOffset.FromUnixTimeSeconds(epoch).UtcTicks;
            return true;
        }

        if (TryParseCommon(text, out ticks))
        {
            return true;
        }

        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            ticks = parsed.UtcTicks;
            return true;
        }

        return false;
    }

    /// <summary>The common forms <c>yyyy-MM-dd</c> and <c>yyyy-MM-ddTHH:mm:ssZ</c>, without the general parser.</summary>
    private static bool TryParseCommon(ReadOnlySpan<char> text, out long ticks)
    {
        ticks = 0;
        if ((text.Length != 10 && text.Length != 20) || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        if (!Digits(text[..4], out var year) || !Digits(text[5..7], out var month) || !Digits(text[8..10], out var day))
        {
            return false;
        }

        int hour = 0, minute = 0, second = 0;
        if (text.Length == 20 && (text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z'
            || !Digits(text[11..13], out hour) || !Digits(text[14..16], out minute) || !Digits(text[17..19], out second)))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        ticks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).Ticks;
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
