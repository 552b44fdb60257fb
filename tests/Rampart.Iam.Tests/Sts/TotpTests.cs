using System.Text;
using Rampart.Iam.Sts;
using Rampart.Iam.Sts.Flows;

namespace Rampart.Iam.Tests.Sts;

public class TotpTests
{
    private static readonly byte[] Rfc6238Seed = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    public void Code_MatchesTheRfc6238TestVectorsTruncatedToSixDigits(long unixSeconds, string code) =>
        Totp.Code(Rfc6238Seed, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)).ShouldBe(code);

    [Fact]
    public void Verify_AcceptsTheNeighbouringStepsOnly()
    {
        var at = DateTimeOffset.FromUnixTimeSeconds(1_000_000_020);
        var code = Totp.Code(Rfc6238Seed, at);

        Totp.Verify(Rfc6238Seed, code, at.AddSeconds(30)).ShouldBeTrue();
        Totp.Verify(Rfc6238Seed, code, at.AddSeconds(-30)).ShouldBeTrue();
        Totp.Verify(Rfc6238Seed, code, at.AddSeconds(90)).ShouldBeFalse();
        Totp.Verify(Rfc6238Seed, "12345", at).ShouldBeFalse();
    }

    [Fact]
    public void Base32_DecodesTheRfc4648Vectors()
    {
        Encoding.ASCII.GetString(Base32.Decode("MZXW6YTBOI======")).ShouldBe("foobar");
        Encoding.ASCII.GetString(Base32.Decode("MZXW6")).ShouldBe("foo");
        Should.Throw<FormatException>(() => Base32.Decode("MZ1W6")).Message.ShouldBe("`1` is not a base32 character");
    }

    [Fact]
    public void SessionIds_AreTemporaryKeyShapedAndSeeded()
    {
        var first = new SessionIds(new Random(7)).NextAccessKeyId();
        var again = new SessionIds(new Random(7)).NextAccessKeyId();

        first.ShouldBe(again);
        first.ShouldMatch("^ASIA[A-Z2-7]{16}$");
    }
}
