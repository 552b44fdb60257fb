using Rampart.Testing;

namespace Rampart.Events.Tests.Conformance;

/// <summary>Every line of conformance/events/*.jsonl (Rampart's own named cases), one test each.</summary>
public sealed class OwnConformanceTests
{
    private static readonly Lazy<Dictionary<string, ConformanceCase>> Cases = new(() =>
        Files().SelectMany(ConformanceCase.Load).ToDictionary(c => c.DisplayName));

    public static TheoryData<string> CaseNames() => new(Cases.Value.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Case_AsWritten_RampartAgrees(string testCase) => ConformanceRunner.Check(Cases.Value[testCase]);

    [Fact]
    public void Corpus_CoversEveryOperator_AndEveryError()
    {
        var all = Cases.Value.Values.ToList();
        string[] operators = ["\"prefix\"", "\"suffix\"", "\"equals-ignore-case\"", "\"wildcard\"", "\"anything-but\"", "\"numeric\"", "\"cidr\"", "\"exists\"", "\"$or\"", "\"exactly\""];
        foreach (var op in operators)
        {
            all.Count(c => c.PatternText!.Contains(op, StringComparison.Ordinal)).ShouldBeGreaterThan(1, op);
        }

        all.Count(c => c.Expect == "error").ShouldBeGreaterThan(40);
    }

    private static IEnumerable<string> Files()
    {
        var folder = RepositoryPaths.RepoFile("conformance", "events");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal) : [];
    }
}
