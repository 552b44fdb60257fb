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

        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            ticks = parsed.UtcTicks;
            return true;
        }

        return false;
    }
}
