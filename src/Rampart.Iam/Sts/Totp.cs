using System.Security.Cryptography;

namespace Rampart.Iam.Sts;

/// <summary>
/// Time-based one-time passwords as virtual MFA devices compute them (RFC 6238 over RFC 4226:
/// HMAC-SHA1, 30-second steps, 6 digits). A code is accepted in its own step and the steps on
/// either side, for clock drift.
/// </summary>
public static class Totp
{
    private const int StepSeconds = 30;

    /// <summary>The 6-digit code for <paramref name="seed"/> at <paramref name="at"/>.</summary>
    public static string Code(byte[] seed, DateTimeOffset at) => CodeForStep(seed, at.ToUnixTimeSeconds() / StepSeconds);

    /// <summary>True when <paramref name="code"/> is the code of the step of <paramref name="at"/> or a neighbouring step.</summary>
    public static bool Verify(byte[] seed, string code, DateTimeOffset at)
    {
        var step = at.ToUnixTimeSeconds() / StepSeconds;
        for (var drift = -1; drift <= 1; drift++)
        {
            if (CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(CodeForStep(seed, step + drift)),
                System.Text.Encoding.ASCII.GetBytes(code)))
            {
                return true;
            }
        }

        return false;
    }

    private static string CodeForStep(byte[] seed, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
        HMACSHA1.HashData(seed, counter, hash);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }
}
