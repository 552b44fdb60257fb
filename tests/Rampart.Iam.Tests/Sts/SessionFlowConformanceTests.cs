using System.Collections.Concurrent;
using Rampart.Iam.Sts.Flows;
using Rampart.Testing;

namespace Rampart.Iam.Tests.Sts;

public class SessionFlowConformanceTests
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<FlowStepOutcome>> Runs = new();

    private static string Folder => RepositoryPaths.RepoFile("conformance", "iam", "sessions");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            foreach (var name in Run(file).Select(o => o.Case).Distinct())
            {
                data.Add($"{Path.GetFileName(file)} › {name}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Flow_EveryStepGivesWhatTheCaseExpects(string fileAndCase)
    {
        var (file, name) = (fileAndCase[..fileAndCase.IndexOf(" › ", StringComparison.Ordinal)], fileAndCase[(fileAndCase.IndexOf(" › ", StringComparison.Ordinal) + 3)..]);

        var steps = Run(Path.Combine(Folder, file)).Where(o => o.Case == name).ToList();

        steps.ShouldNotBeEmpty();
        steps.Where(s => !s.Passed).Select(s => $"step {s.Step}: {s.Mismatch} (actual {s.Actual})").ShouldBeEmpty();
    }

    [Fact]
    public void Corpus_HasAtLeastThirtyCases() => Cases().Count.ShouldBeGreaterThanOrEqualTo(30);

    private static IReadOnlyList<FlowStepOutcome> Run(string file) => Runs.GetOrAdd(file, f => SessionFlowRunner.Run(File.ReadAllText(f)));
}
