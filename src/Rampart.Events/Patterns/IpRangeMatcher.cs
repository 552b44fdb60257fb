using Rampart.Events.Matching;

namespace Rampart.Events.Patterns;

/// <summary>
/// <c>cidr</c>, and an exact string that is an IP address literal: string values that are IP
/// addresses of the same family between <see cref="Low"/> and <see cref="High"/>, inclusive.
/// As in AWS, the range starts at the address written (<c>10.0.0.5/24</c> is 10.0.0.5–10.0.0.255).
/// </summary>
public sealed class IpRangeMatcher(byte[] low, byte[] high, string @operator) : ValueMatcher
{
    /// <summary>Lowest address, 4 or 16 bytes.</summary>
    public byte[] Low { get; } = low;

    /// <summary>Highest address, same length as <see cref="Low"/>.</summary>
    public byte[] High { get; } = high;

    /// <inheritdoc/>
    public override string Operator { get; } = @operator;

    /// <inheritdoc/>
    public override bool Matches(in EventScalar value)
    {
        if (!value.IsString)
        {
            return false;
        }

        Span<byte> address = stackalloc byte[16];
        var length = IpAddressText.TryParse(value.Utf8, address);
        return length == Low.Length &&
            address[..length].SequenceCompareTo(Low) >= 0 &&
            address[..length].SequenceCompareTo(High) <= 0;
    }
}
