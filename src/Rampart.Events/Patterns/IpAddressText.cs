using System.Globalization;

namespace Rampart.Events.Patterns;

/// <summary>
/// IP address literals as EventBridge reads them: an IPv4 dotted quad of decimal numbers (leading
/// zeros are decimal, not octal) or an IPv6 text of hex groups and colons with at most one
/// <c>::</c> (no zone, no dotted tail). Parsing writes into a caller's buffer and allocates nothing.
/// </summary>
public static class IpAddressText
{
    /// <summary>True when <paramref name="text"/> has the shape of an IPv4 or IPv6 literal.</summary>
    public static bool LooksLikeIp(ReadOnlySpan<char> text) => LooksLikeIPv4(text) || LooksLikeIPv6(text);

    /// <summary>Parses a literal into its 4 or 16 bytes.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out byte[] bytes)
    {
        Span<byte> buffer = stackalloc byte[16];
        var length = TryParse(text, buffer);
        bytes = buffer[..length].ToArray();
        return length > 0;
    }

    /// <summary>Parses UTF-8 text into <paramref name="destination"/> (16 bytes); the address length, or 0.</summary>
    public static int TryParse(ReadOnlySpan<byte> utf8, Span<byte> destination)
    {
        if (utf8.Length is < 2 or > 64)
        {
            return 0;
        }

        Span<char> chars = stackalloc char[64];
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] >= 0x80)
            {
                return 0;
            }

            chars[i] = (char)utf8[i];
        }

        return TryParse(chars[..utf8.Length], destination);
    }

    /// <summary>Parses <paramref name="text"/> into <paramref name="destination"/> (16 bytes); the address length, or 0.</summary>
    public static int TryParse(ReadOnlySpan<char> text, Span<byte> destination) =>
        LooksLikeIPv4(text) ? TryParseIPv4(text, destination) : LooksLikeIPv6(text) ? TryParseIPv6(text, destination) : 0;

    private static bool LooksLikeIPv4(ReadOnlySpan<char> text)
    {
        var groups = 0;
        var digits = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                digits++;
            }
            else if (c == '.' && digits > 0 && groups < 3)
            {
                groups++;
                digits = 0;
            }
            else
            {
                return false;
            }
        }

        return groups == 3 && digits > 0;
    }

    private static bool LooksLikeIPv6(ReadOnlySpan<char> text)
    {
        var colon = false;
        foreach (var c in text)
        {
            if (c == ':')
            {
                colon = true;
            }
            else if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return colon;
    }

    private static int TryParseIPv4(ReadOnlySpan<char> text, Span<byte> destination)
    {
        var part = 0;
        var value = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                destination[part++] = (byte)value;
                value = 0;
                continue;
            }

            value = (value * 10) + (c - '0');
            if (value > 255)
            {
                return 0;
            }
        }

        destination[part] = (byte)value;
        return 4;
    }

    private static int TryParseIPv6(ReadOnlySpan<char> text, Span<byte> destination)
    {
        var gap = text.IndexOf("::");
        var head = gap < 0 ? text : text[..gap];
        var tail = gap < 0 ? [] : text[(gap + 2)..];
        if (gap >= 0 && tail.Contains("::", StringComparison.Ordinal))
        {
            return 0;
        }

        Span<ushort> groups = stackalloc ushort[8];
        var headCount = Groups(head, groups);
        var tailCount = headCount < 0 ? -1 : Groups(tail, groups[headCount..]);
        if (headCount < 0 || tailCount < 0 || (gap < 0 ? headCount != 8 : headCount + tailCount > 7))
        {
            return 0;
        }

        destination[..16].Clear();
        for (var i = 0; i < headCount; i++)
        {
            destination[2 * i] = (byte)(groups[i] >> 8);
            destination[(2 * i) + 1] = (byte)groups[i];
        }

        for (var i = 0; i < tailCount; i++)
        {
            var at = 8 - tailCount + i;
            destination[2 * at] = (byte)(groups[headCount + i] >> 8);
            destination[(2 * at) + 1] = (byte)groups[headCount + i];
        }

        return 16;
    }

    /// <summary>Parses colon-separated hex groups (empty text: none); the count, or -1.</summary>
    private static int Groups(ReadOnlySpan<char> text, Span<ushort> groups)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        var count = 0;
        foreach (var range in text.Split(':'))
        {
            var group = text[range];
            if (count == groups.Length || group.Length is 0 or > 4 ||
                !ushort.TryParse(group, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out groups[count]))
            {
                return -1;
            }

            count++;
        }

        return count;
    }
}
