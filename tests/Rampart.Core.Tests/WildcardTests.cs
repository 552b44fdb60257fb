namespace Rampart.Core.Tests;

public class WildcardTests
{
    [Theory]
    [InlineData("*", "", true)]
    [InlineData("", "", true)]
    [InlineData("", "a", false)]
    [InlineData("?", "", false)]
    [InlineData("s3:Get*", "s3:GetObject", true)]
    [InlineData("s3:Get*", "s3:PutObject", false)]
    [InlineData("a*b*c", "aXXbYYc", true)]
    [InlineData("a*b*c", "aXXbYY", false)]
    [InlineData("*ab", "aab", true)]
    [InlineData("a?c", "abc", true)]
    [InlineData("a?c", "ac", false)]
    [InlineData("**", "anything", true)]
    public void IsMatch_CaseSensitive(string pattern, string value, bool expected) =>
        Wildcard.IsMatch(pattern, value).ShouldBe(expected);

    [Theory]
    [InlineData("S3:get*", "s3:GetObject", true)]
    [InlineData("iam:passrole", "iam:PassRole", true)]
    public void IsMatch_IgnoreCase(string pattern, string value, bool expected) =>
        Wildcard.IsMatch(pattern, value, ignoreCase: true).ShouldBe(expected);

    [Fact]
    public void IsMatch_PathologicalPattern_StaysLinearEnough()
    {
        var value = new string('a', 5000);
        var pattern = string.Concat(Enumerable.Repeat("a*", 200)) + "b";

        Wildcard.IsMatch(pattern, value).ShouldBeFalse();
    }
}
