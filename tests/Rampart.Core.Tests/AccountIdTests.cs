namespace Rampart.Core.Tests;

public class AccountIdTests
{
    [Theory]
    [InlineData("123456789012")]
    [InlineData("000000000001")]
    public void Parse_TwelveDigits_KeepsLeadingZeros(string text)
    {
        var result = AccountId.Parse(text);

        result.Succeeded.ShouldBeTrue();
        result.Value.Value.ShouldBe(text);
        result.Value.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345678901")]
    [InlineData("1234567890123")]
    [InlineData("12345678901a")]
    [InlineData(" 12345678901")]
    [InlineData("１２３４５６７８９０１２")]
    public void Parse_NotTwelveAsciiDigits_IsAnError(string? text)
    {
        var result = AccountId.Parse(text);

        result.Succeeded.ShouldBeFalse();
        result.FirstError!.Message.ShouldBe($"invalid account id `{text}`: an account id is exactly 12 digits");
    }
}
