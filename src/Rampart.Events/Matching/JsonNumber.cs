using System.Globalization;
using System.Numerics;

namespace Rampart.Events.Matching;

/// <summary>
/// How JSON number text becomes a comparable double, the same way for patterns and events:
/// any finite double (full range and precision), except an integer literal the double cannot hold
/// exactly (for example a 20-digit id), which only ever matches by its literal text.
/// </summary>
public static class JsonNumber
{
    private const int ExactIntegerDigits = 15;

    /// <summary>Parses <paramref name="utf8"/>; false when it is not a comparable number.</summary>
    public static bool TryComparable(ReadOnlySpan<byte> utf8, out double value)
    {
        if (!double.TryParse(utf8, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            value = double.NaN;
            return false;
        }

        if (utf8.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0 && DigitCount(utf8) > ExactIntegerDigits &&
            new BigInteger(value) != BigInteger.Parse(System.Text.Encoding.UTF8.GetString(utf8), CultureInfo.InvariantCulture))
        {
            value = double.NaN;
            return false;
        }

        return true;
    }

    /// <summary>Parses <paramref name="text"/>; false when it is not a comparable number.</summary>
    public static bool TryComparable(string text, out double value) => TryComparable(System.Text.Encoding.UTF8.GetBytes(text), out value);

    /// <summary>The value of <paramref name="utf8"/>, or NaN when it is not comparable.</summary>
    public static double ComparableOrNaN(ReadOnlySpan<byte> utf8) => TryComparable(utf8, out var value) ? value : double.NaN;

    private static int DigitCount(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        foreach (var b in utf8)
        {
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                count++;
            }
        }

        return count;
    }
}
