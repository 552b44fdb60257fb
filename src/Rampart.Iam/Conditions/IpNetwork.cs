using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Rampart.Iam.Conditions;

/// <summary>
/// An IPv4 or IPv6 CIDR range as <c>IpAddress</c>/<c>NotIpAddress</c> take it (RFC 4632 / 4291).
/// A bare address is a /32 or /128. Host bits after the prefix are ignored. An IPv4 address never
/// falls in an IPv6 range and vice versa.
/// </summary>
public readonly record struct IpNetwork(bool IsV6, UInt128 Prefix, int Bits)
{
    /// <summary>Parses <c>a.b.c.d[/n]</c> or <c>x:…:y[/n]</c>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out IpNetwork network)
    {
        network = default;
        var slash = text.IndexOf('/');
        var address = slash < 0 ? text : text[..slash];
        if (!TryParseAddress(address, out var isV6, out var value))
        {
            return false;
        }

        var max = isV6 ? 128 : 32;
        var bits = max;
        if (slash >= 0 && (!int.TryParse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out bits) || bits > max))
        {
            return false;
        }

        network = new IpNetwork(isV6, value & Mask(isV6, bits), bits);
        return true;
    }

    /// <summary>Parses one address into its numeric value.</summary>
    public static bool TryParseAddress(ReadOnlySpan<char> text, out bool isV6, out UInt128 value)
    {
        isV6 = false;
        value = default;
        if (text.IsEmpty)
        {
            return false;
        }

        if (text.IndexOf(':') < 0)
        {
            return TryParseV4(text, out value);
        }

        if (!IPAddress.TryParse(text, out var parsed) || parsed.AddressFamily != AddressFamily.InterNetworkV6 || parsed.ScopeId != 0)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[16];
        parsed.TryWriteBytes(bytes, out _);
        isV6 = true;
        value = new UInt128(
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes),
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));
        return true;
    }

    /// <summary>True when <paramref name="address"/> lies in the range.</summary>
    public bool Contains(bool isV6, UInt128 address) => isV6 == IsV6 && (address & Mask(IsV6, Bits)) == Prefix;

    /// <inheritdoc />
    public override string ToString() => $"{(IsV6 ? "v6" : "v4")}/{Bits}";

    private static UInt128 Mask(bool isV6, int bits)
    {
        var width = isV6 ? 128 : 32;
        if (bits == 0)
        {
            return UInt128.Zero;
        }

        var all = isV6 ? UInt128.MaxValue : (UInt128)uint.MaxValue;
        return (all << (width - bits)) & all;
    }

    private static bool TryParseV4(ReadOnlySpan<char> text, out UInt128 value)
    {
        value = default;
        uint result = 0;
        var octets = 0;
        var i = 0;
        while (i <= text.Length)
        {
            var start = i;
            uint octet = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                octet = (octet * 10) + (uint)(text[i] - '0');
                i++;
                if (i - start > 3)
                {
                    return false;
                }
            }

            if (i == start || octet > 255)
            {
                return false;
            }

            result = (result << 8) | octet;
            octets++;
            if (i == text.Length)
            {
                break;
            }

            if (text[i] != '.' || octets == 4)
            {
                return false;
            }

            i++;
        }

        value = result;
        return octets == 4;
    }
}
