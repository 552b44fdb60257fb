using Rampart.Secrets.Rules;
using Rampart.Secrets.Scanning;

namespace Rampart.Secrets.Tests.Rules;

public sealed class RuleCatalogTests
{
    private static readonly SecretScanner Scanner = new();

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.All)
        {
            data.Add(rule.Id);
        }

        return data;
    }

    [Fact]
    public void All_HasAtLeast150RulesWithUniqueKebabCaseIds()
    {
        RuleCatalog.All.Count.ShouldBeGreaterThanOrEqualTo(150);
        RuleCatalog.All.Select(r => r.Id).Distinct().Count().ShouldBe(RuleCatalog.All.Count);
        RuleCatalog.All.ShouldAllBe(r => System.Text.RegularExpressions.Regex.IsMatch(r.Id, "^[a-z0-9]+(-[a-z0-9]+)*$"));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_Metadata_IsComplete(string id)
    {
        var rule = RuleCatalog.Find(id).Value!;
        rule.Description.ShouldNotBeNullOrWhiteSpace();
        rule.Provider.ShouldNotBeNullOrWhiteSpace();
        rule.Keywords.ShouldNotBeEmpty();
        rule.Keywords.ShouldAllBe(k => k == k.ToLowerInvariant());
        rule.TruePositives.ShouldNotBeEmpty();
        rule.FalsePositives.ShouldNotBeEmpty();
        rule.Regex.GetGroupNames().ShouldContain("secret");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_TruePositives_AreFoundByTheRule(string id)
    {
        var rule = RuleCatalog.Find(id).Value!;
        foreach (var template in rule.TruePositives)
        {
            var line = RuleExample.Expand(template);
            var found = ScanText(line);
            found.ShouldContain(f => f.Rule.Id == id, $"`{line}` (from `{template}`) should be found by `{id}`; found [{string.Join(", ", found.Select(f => f.Rule.Id))}]");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_FalsePositives_AreNotFoundByTheRule(string id)
    {
        var rule = RuleCatalog.Find(id).Value!;
        foreach (var template in rule.FalsePositives)
        {
            var line = RuleExample.Expand(template);
            ScanText(line).ShouldNotContain(f => f.Rule.Id == id, $"`{line}` (from `{template}`) is a near miss `{id}` must not find");
        }
    }

    [Fact]
    public void Docs_RuleTable_ListsEveryRule()
    {
        var docs = File.ReadAllText(Rampart.Testing.RepositoryPaths.RepoFile("docs", "secrets.md"));
        RuleCatalog.All.Where(r => !docs.Contains($"| `{r.Id}` |", StringComparison.Ordinal)).Select(r => r.Id).ShouldBeEmpty();
    }

    [Fact]
    public void Find_UnknownId_FailsListingValidIds()
    {
        var result = RuleCatalog.Find("aws-nope");
        result.Succeeded.ShouldBeFalse();
        result.FirstError!.Message.ShouldStartWith("unknown rule `aws-nope`; valid rules are: aws-access-key-id, ");
    }

    private static IReadOnlyList<Finding> ScanText(string text) =>
        Scanner.Scan("example.txt", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text))).Findings;
}
