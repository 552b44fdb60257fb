using Rampart.Iam.Policies;

namespace Rampart.Iam.Tests.Policies;

public class GlobTests
{
    [Theory]
    [InlineData("s3:get*", "s3:getobject", true)]
    [InlineData("s3:get?bject", "s3:getobject", true)]
    [InlineData("*", "", true)]
    [InlineData("a*b*c", "aXXbYYc", true)]
    [InlineData("a*b*c", "aXXbYY", false)]
    [InlineData("abc", "ABC", false)]
    public void IsMatch_Patterns_MatchWholeValue(string pattern, string value, bool expected) =>
        Glob.IsMatch(pattern, value).ShouldBe(expected);

    [Fact]
    public void IsMatch_LiteralFlags_MakeStarMatchItselfOnly()
    {
        Glob.IsMatch("a*b", [false, true, false], "a*b").ShouldBeTrue();
        Glob.IsMatch("a*b", [false, true, false], "axxb").ShouldBeFalse();
    }

    [Fact]
    public void IsMatch_LongPathologicalPattern_IsLinear()
    {
        var pattern = string.Concat(Enumerable.Repeat("*a", 2000)) + "b";
        var value = new string('a', 20000);

        Glob.IsMatch(pattern, value).ShouldBeFalse();
    }
}
