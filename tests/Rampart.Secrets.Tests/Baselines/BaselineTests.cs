using Rampart.Secrets.Baselines;
using Rampart.Secrets.Rules;
using Rampart.Secrets.Scanning;

namespace Rampart.Secrets.Tests.Baselines;

public sealed class BaselineTests
{
    [Fact]
    public void Write_ThenParse_AcceptsExactlyTheWrittenFindings()
    {
        var rule = RuleCatalog.Find("github-pat").Value!;
        var kept = new Finding(rule, "a.txt", 3, 1, "one");
        var other = new Finding(rule, "a.txt", 3, 1, "two");
        var baseline = Baseline.Parse(Baseline.Write([kept]), "b.json").Value!;
        baseline.Count.ShouldBe(1);
        baseline.Contains(kept).ShouldBeTrue();
        baseline.Contains(kept with { Line = 40 }).ShouldBeTrue();
        baseline.Contains(other).ShouldBeFalse();
    }

    [Fact]
    public void Write_ListsFingerprintRulePathAndLine()
    {
        var rule = RuleCatalog.Find("jwt").Value!;
        var json = Baseline.Write([new Finding(rule, "src/a.ts", 7, 2, "x")]);
        json.ShouldContain("\"ruleId\": \"jwt\"");
        json.ShouldContain("\"path\": \"src/a.ts\"");
        json.ShouldContain("\"line\": 7");
        json.ShouldContain($"\"fingerprint\": \"{Fingerprints.Of("jwt", "src/a.ts", "x")}\"");
    }

    [Theory]
    [InlineData("{", "baseline `b.json` is not valid JSON at line 1, column 2")]
    [InlineData("[]", "baseline `b.json` must be a JSON object with `version` and `findings`")]
    [InlineData("{\"version\":2,\"findings\":[]}", "baseline `b.json` needs `\"version\": 1`")]
    [InlineData("{\"version\":1}", "baseline `b.json` needs a `findings` array")]
    [InlineData("{\"version\":1,\"findings\":[{\"path\":\"a\"}]}", "baseline `b.json` each finding needs a `fingerprint` string")]
    public void Parse_BadFile_FailsWithOneLine(string json, string message) =>
        Baseline.Parse(json, "b.json").FirstError!.Message.ShouldBe(message);
}
