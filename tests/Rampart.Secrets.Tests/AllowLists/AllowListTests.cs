using Rampart.Secrets.AllowLists;

namespace Rampart.Secrets.Tests.AllowLists;

public sealed class AllowListTests
{
    private const string Text = """
        # third-party code
        path: vendor/
        rule: jwt            # test fixtures use JWTs everywhere
        rule: generic-password-assignment path: tests/*
        fingerprint: 0123456789abcdef0123456789abcdef
        """;

    [Fact]
    public void Parse_AllEntryKinds_AllowsWhatEachSays()
    {
        var allow = AllowList.Parse(Text, "allow.txt").Value!;
        allow.Entries.Count.ShouldBe(4);
        allow.SkipsPath("vendor/a/b.js").ShouldBeTrue();
        allow.SkipsPath("src/vendor.js").ShouldBeFalse();
        allow.Allows("jwt", "src/app.ts", "x").ShouldBeTrue();
        allow.Allows("generic-password-assignment", "tests/unit/a.py", "x").ShouldBeTrue();
        allow.Allows("generic-password-assignment", "src/a.py", "x").ShouldBeFalse();
        allow.Allows("github-pat", "src/a.py", "0123456789abcdef0123456789abcdef").ShouldBeTrue();
        allow.Allows("github-pat", "src/a.py", "ffff").ShouldBeFalse();
    }

    [Fact]
    public void Parse_UnknownKey_FailsWithFileLineAndColumn()
    {
        var result = AllowList.Parse("path: a\n  file: b\n", "allow.txt");
        result.Succeeded.ShouldBeFalse();
        result.FirstError!.Message.ShouldBe("`allow.txt` line 2: unknown entry `file`; expected `path:`, `rule:` or `fingerprint:`");
        result.FirstError.Location.ToString().ShouldBe("2:3");
    }

    [Fact]
    public void Parse_UnknownRule_FailsListingValidRules()
    {
        var result = AllowList.Parse("rule: aws-key\n", "allow.txt");
        result.FirstError!.Message.ShouldStartWith("`allow.txt` line 1: unknown rule `aws-key`; valid rules are: aws-access-key-id,");
    }

    [Theory]
    [InlineData("path:\n", "`allow.txt` line 1: `path:` needs a value")]
    [InlineData("rule: jwt rule: jwt\n", "`allow.txt` line 1: `rule:` given twice")]
    [InlineData("fingerprint: ab path: x\n", "`allow.txt` line 1: `fingerprint:` stands alone; it already names one finding")]
    public void Parse_MalformedEntry_FailsWithOneLine(string text, string message) =>
        AllowList.Parse(text, "allow.txt").FirstError!.Message.ShouldBe(message);
}
