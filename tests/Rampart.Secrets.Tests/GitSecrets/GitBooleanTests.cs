using Rampart.Git.GitSecrets;
using Rampart.Secrets.Tests.Support;

namespace Rampart.Secrets.Tests.GitSecrets;

/// <summary>git's own <c>git config --type=bool</c> is the oracle for how a boolean setting reads.</summary>
public sealed class GitBooleanTests
{
    [Theory]
    [InlineData("true")]
    [InlineData("YES")]
    [InlineData("On")]
    [InlineData("off")]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("00")]
    [InlineData("2")]
    [InlineData("-1")]
    [InlineData("+0")]
    [InlineData(" 0")]
    [InlineData("\t7")]
    [InlineData("0k")]
    [InlineData("1K")]
    [InlineData("0m")]
    [InlineData("0G")]
    [InlineData("0x0")]
    [InlineData("0x10")]
    [InlineData("0X1f")]
    [InlineData("010")]
    [InlineData("08")]
    [InlineData("0x")]
    [InlineData("2147483647")]
    [InlineData("2147483648")]
    [InlineData("2097152k")]
    [InlineData("2g")]
    [InlineData("1kb")]
    [InlineData("maybe")]
    [InlineData("0 ")]
    [InlineData("-")]
    public void Parse_Value_ReadsAsGitConfigTypeBoolDoes(string value)
    {
        var expected = GitConfigOracle.Read("core.quotepath", value, "--type=bool")?.Trim();
        GitBoolean.Parse(value).ShouldBe(expected switch { "true" => true, "false" => false, _ => (bool?)null }, $"value `{value}`");
    }
}
