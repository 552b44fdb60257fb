namespace Rampart.Events.Patterns;

/// <summary>Parses a <c>cidr</c> operand into an <see cref="IpRangeMatcher"/>, with AWS's messages.</summary>
internal static class Cidr
{
    public static IpRangeMatcher Parse(string text)
    {
        var parts = text.Split('/').ToList();
        while (parts.Count > 0 && parts[^1].Length == 0)
        {
            parts.RemoveAt(parts.Count - 1);
        }

        if (parts.Count != 2)
        {
            throw new PatternError("Malformed CIDR, one '/' required");
        }

        if (!int.TryParse(parts[1], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var bits))
        {
            throw new PatternError("Malformed CIDR, mask bits must be an integer");
        }

        if (bits < 0)
        {
            throw new PatternError("Malformed CIDR, mask bits must not be negative");
        }

        var address = parts[0];
        if (!IpAddressText.LooksLikeIp(address))
        {
            throw new PatternError($"Nonstandard IP address: {address}");
        }

        if (!IpAddressText.TryParse(address, out var low))
        {
            throw new PatternError($"Invalid IP address: {address}");
        }

        if (low.Length == 4 && bits > 31)
        {
            throw new PatternError("IPv4 mask bits must be < 32");
        }

        if (low.Length == 16 && bits > 127)
        {
            throw new PatternError("IPv6 mask bits must be < 128");
        }

        var high = (byte[])low.Clone();
        var hostBits = (low.Length * 8) - bits;
        for (var i = high.Length - 1; i >= 0 && hostBits > 0; i--, hostBits -= 8)
        {
            high[i] |= hostBits >= 8 ? (byte)0xFF : (byte)((1 << hostBits) - 1);
        }

        return new IpRangeMatcher(low, high, "cidr");
    }
}
