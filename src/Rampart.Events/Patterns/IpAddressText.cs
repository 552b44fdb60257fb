using System.Net;
using System.Text;

namespace Rampart.Events.Patterns;

/// <summary>
/// IP address literals as EventBridge reads them: an IPv4 dotted quad of decimal numbers (leading
/// zeros are decimal, not octal) or an IPv6 text of hex digits and colons (no zone, no dotted tail).
/// </summary>
public static class IpAddressText
{
    /// <summary>True when <paramref name="text"/> has the shape of an IPv4 or IPv6 literal.</summary>
    public static bool LooksLikeIp(ReadOnlySpan<char> text) => LooksLikeIPv4(text) || LooksLikeIPv6(text);

    /// <summary>Parses a literal with the shape of an IP address into its 4 or 16 bytes.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out byte[] bytes)
    {
        bytes = [];
        if (LooksLikeIPv4(text))
        {
            return TryParseIPv4(text, out bytes);
        }

        if (LooksLikeIPv6(text) && IPAddress.TryParse(text, out var address))
        {
            bytes = address.GetAddressBytes();
            return bytes.Length == 16;
        }

        return false;
    }

    /// <summary>Parses UTF-8 text into <paramref name="destination"/> (16 bytes); returns the address length, or 0.</summary>
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

        if (!TryParse(chars[..utf8.Length], out var bytes))
        {
            return 0;
        }

        bytes.CopyTo(destination);
        return bytes.Length;
    }

    /// <summary>The text as a string for messages.</summary>
    internal static string Show(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);

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

    private static bool TryParseIPv4(ReadOnlySpan<char> text, out byte[] bytes)
    {
        bytes = new byte[4];
        var part = 0;
        var value = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                bytes[part++] = (byte)value;
                value = 0;
                continue;
            }

            value = (value * 10) + (c - '0');
            if (value > 255)
            {
                return false;
            }
        }

        bytes[part] = (byte)value;
        return true;
    }
}
