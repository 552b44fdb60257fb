using System.Text;
using Rampart.Secrets.GitSecrets.Posix;

namespace Rampart.Secrets.Tests.GitSecrets;

/// <summary>The strings one of which every match must contain, as found from the parsed pattern (null: none that helps).</summary>
public sealed class RequiredLiteralsTests
{
    [Theory]
    [InlineData("(AKIA|ASIA)[A-Z0-9]{16}", "AKIA ASIA")]
    [InlineData("key\\s*=\\s*[0-9]{4}", "key")]
    [InlineData("[kK]ey", "Key key")]
    [InlineData("(ab|cd)+ef", "ef")]
    [InlineData("x[^y]z", "x")]
    [InlineData("\\<token\\>", "token")]
    [InlineData("a{2,3}", "aa aaa")]
    [InlineData("(SECRET|secret)?_?(KEY|key)", "KEY key")]
    [InlineData("[0-9]+", null)]
    [InlineData("a?b?", null)]
    [InlineData("a|", null)]
    [InlineData("(a|b[0-9])c?", "a b")]
    [InlineData("(A3T[A-Z0-9]|AKIA)[A-Z0-9]{16}|(KEY|key)=|(ACCOUNT|account)_?(ID|id)", "A3T AKIA KEY= key= ACCOUNTID ACCOUNTid ACCOUNT_ID ACCOUNT_id accountID accountid account_ID account_id")]
    public void Of_Pattern_TheStringsEveryMatchContains(string pattern, string? expected)
    {
        var (node, error, _, _) = PosixRegexParser.Parse(Encoding.Latin1.GetBytes(pattern), RegexDialect.Glibc, ignoreCase: false);
        error.ShouldBeNull();

        var literals = RequiredLiterals.Of(node!)?.Select(Encoding.Latin1.GetString).ToList();

        if (expected is null)
        {
            literals.ShouldBeNull();
        }
        else
        {
            literals.ShouldNotBeNull().ShouldBe(expected.Split(' '), ignoreOrder: true);
        }
    }

    [Fact]
    public void Of_IgnoreCase_BothCasesOfEachLetter()
    {
        var (node, _, _, _) = PosixRegexParser.Parse("ke"u8.ToArray(), RegexDialect.Glibc, ignoreCase: true);

        RequiredLiterals.Of(node!)!.Select(Encoding.Latin1.GetString).ShouldBe(["KE", "Ke", "kE", "ke"], ignoreOrder: true);
    }
}
