using Rampart.Testing;

namespace Rampart.Events.Tests.Conformance;

/// <summary>Every line of ../shared/conformance/eventbridge/*.jsonl, read in place, one test each.</summary>
public sealed class SharedConformanceTests
{
    private static readonly Lazy<Dictionary<string, ConformanceCase>> Cases = new(() =>
        Files().SelectMany(ConformanceCase.Load).ToDictionary(c => c.DisplayName));

    public static TheoryData<string> CaseNames() => new(Cases.Value.Keys);

    [SharedDataTheory]
    [MemberData(nameof(CaseNames))]
    public void Case_AsRecorded_RampartAgrees(string testCase) => ConformanceRunner.Check(Cases.Value[testCase]);

    [SharedDataFact]
    public void Corpus_EveryFile_HasCases() => Cases.Value.Count.ShouldBeGreaterThanOrEqualTo(192);

    private static IEnumerable<string> Files()
    {
        var folder = RepositoryPaths.SharedFile("conformance", "eventbridge");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal) : [];
    }
}
