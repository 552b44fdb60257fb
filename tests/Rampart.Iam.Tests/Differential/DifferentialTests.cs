using System.Text;
using Rampart.Iam.Cases;
using Rampart.Iam.Reference;
using Rampart.Iam.Tests.Reference;
using Rampart.Testing;

namespace Rampart.Iam.Tests.Differential;

/// <summary>
/// The correctness gate of design.md habit 7: the main engine (<see cref="EvalCase"/>) and the
/// reference evaluator (<see cref="ReferenceEvaluator"/>) give the same answer (the same decision,
/// or both an error) on the named corpus, on the recorded cases and on seeded random cases —
/// a few thousand by default, 100,000 with <c>RAMPART_LONG=1</c>.
/// </summary>
public class DifferentialTests
{
    private const int DefaultRandomCases = 3_000;
    private const int LongRandomCases = 100_000;

    [Theory]
    [MemberData(nameof(CorpusCases.Named), MemberType = typeof(CorpusCases))]
    public void MainAndReference_NamedCase_Agree(string name, string line) => Disagreement(line).ShouldBeNull(name);

    [SharedDataTheory]
    [MemberData(nameof(CorpusCases.Recorded), MemberType = typeof(CorpusCases))]
    public void MainAndReference_RecordedCase_Agree(string name, string line) => Disagreement(line).ShouldBeNull(name);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void MainAndReference_RandomCases_Agree(int seed)
    {
        var total = Environment.GetEnvironmentVariable("RAMPART_LONG") == "1" ? LongRandomCases : DefaultRandomCases;
        var generator = new RandomCaseGenerator(seed);
        var disagreements = new List<string>();
        var count = 0;
        for (var i = 0; i < total / 3; i++, count++)
        {
            var line = generator.Next(i);
            if (Disagreement(line) is { } why)
            {
                disagreements.Add($"{why}\n  {line}");
            }
        }

        count.ShouldBeGreaterThan(0);
        disagreements.ShouldBeEmpty($"{disagreements.Count} of {count} random cases disagree; first:\n{string.Join("\n", disagreements.Take(5))}");
    }

    /// <summary>Null when both evaluators answer alike, otherwise both answers.</summary>
    private static string? Disagreement(string line)
    {
        var main = EvalCase.Evaluate(Encoding.UTF8.GetBytes(line));
        var reference = ReferenceEvaluator.Evaluate(line);
        var agree = main.Error is not null && reference.Error is not null
            || main.Error is null && reference.Error is null && main.Decision == reference.Decision;
        return agree ? null : $"main: {main.Decision ?? "error " + main.Error}; reference: {reference.Decision ?? "error " + reference.Error}";
    }
}
