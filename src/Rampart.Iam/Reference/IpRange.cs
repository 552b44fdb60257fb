using System.Globalization;
using System.Net;

namespace Rampart.Iam.Reference;

/// <summary>
/// An IPv4 or IPv6 range in CIDR notation ("IP address condition operators … the value must be in
/// the standard CIDR format (for example, 203.0.113.0/24 or 2001:DB8:1234:5678::/64)", IAM User
/// Guide › Condition operators › IP address condition operators). A bare address is a /32 or /128.
/// </summary>
internal sealed record IpRange(byte[] Network, int PrefixLength)
{
    public static IpRange? Parse(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var address = ParseAddress(slash < 0 ? text : text[..slash]);
        if (address is null)
        {
            return null;
        }

        var max = address.Length * 8;
        var prefix = max;
        if (slash >= 0 && !(int.TryParse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out prefix) && prefix <= max))
        {
            return null;
        }

        return new IpRange(address, prefix);
    }

    /// <summary>Parses a dotted-quad IPv4 or an IPv6 address into its bytes; null when it is neither.</summary>
    public static byte[]? ParseAddress(string text)
    {
        if (text.Contains(':', StringComparison.Ordinal))
        {
            return !text.Contains('%', StringComparison.Ordinal) && IPAddress.TryParse(text, out var v6) && v6.GetAddressBytes() is { Length: 16 } v6Bytes
                ? v6Bytes
                : null;
        }

        var parts = text.Split('.');
        if (parts.Length != 4)
        {
            return null;
        }

        var bytes = new byte[4];
        for (var i = 0; i < 4; i++)
        {
            if (parts[i].Length is 0 or > 3 || !byte.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out bytes[i]))
            {
                return null;
            }
        }

        return bytes;
    }

    /// <summary>True when <paramref name="address"/> (same family) lies in this range.</summary>
    public bool Contains(byte[] address)
    {
        if (address.Length != Network.Length)
        {
            return false;
        }

        for (var bit = 0; bit < PrefixLength; bit++)
        {
            var mask = 0x80 >> (bit % 8);
            if ((address[bit / 8] & mask) != (Network[bit / 8] & mask))
            {
                return false;
            }
        }

        return true;
    }
}
