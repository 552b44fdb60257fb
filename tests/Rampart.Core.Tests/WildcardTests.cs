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

    [Theory]
    [InlineData("s3:get?bject", "s3:getobject", true)]
    [InlineData("abc", "ABC", false)]
    public void IsMatch_IamActionPatterns(string pattern, string value, bool expected) =>
        Wildcard.IsMatch(pattern, value).ShouldBe(expected);

    [Fact]
    public void IsMatch_LiteralFlags_MakeStarAndQuestionMarkMatchThemselvesOnly()
    {
        Wildcard.IsMatch("a*b", [false, true, false], "a*b").ShouldBeTrue();
        Wildcard.IsMatch("a*b", [false, true, false], "axxb").ShouldBeFalse();
        Wildcard.IsMatch("a?*", [false, true, false], "a?xyz").ShouldBeTrue();
        Wildcard.IsMatch("a?*", [false, true, false], "abxyz").ShouldBeFalse();
        Wildcard.IsMatch("A*", [false, true], "a*", ignoreCase: true).ShouldBeTrue();
    }

    [Fact]
    public void IsMatch_LongPathologicalPattern_Terminates()
    {
        var pattern = string.Concat(Enumerable.Repeat("*a", 2000)) + "b";

        Wildcard.IsMatch(pattern, new string('a', 20000)).ShouldBeFalse();
    }

    [Fact]
    public void IsMatch_PathologicalPattern_StaysLinearEnough()
    {
        var value = new string('a', 5000);
        var pattern = string.Concat(Enumerable.Repeat("a*", 200)) + "b";

        Wildcard.IsMatch(pattern, value).ShouldBeFalse();
    }
}
