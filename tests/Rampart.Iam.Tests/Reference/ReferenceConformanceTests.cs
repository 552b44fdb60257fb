using Rampart.Iam.Reference;
using Rampart.Testing;

namespace Rampart.Iam.Tests.Reference;

public class ReferenceConformanceTests
{
    [Theory]
    [MemberData(nameof(CorpusCases.Named), MemberType = typeof(CorpusCases))]
    public void Evaluate_NamedCase_GivesDocumentedAnswer(string name, string line) => Check(name, line);

    [SharedDataTheory]
    [MemberData(nameof(CorpusCases.Recorded), MemberType = typeof(CorpusCases))]
    public void Evaluate_RecordedCase_GivesRecordedOrDocumentedAnswer(string name, string line) => Check(name, line);

    [Fact]
    public void NamedCorpus_HasAtLeast400Cases() => CorpusCases.Named().Count().ShouldBeGreaterThanOrEqualTo(400);

    private static void Check(string name, string line)
    {
        var expected = CorpusCases.Expected(line, out var expectsError);
        var answer = ReferenceEvaluator.Evaluate(line);
        if (expectsError)
        {
            answer.Error.ShouldNotBeNull(name);
            answer.Decision.ShouldBeNull(name);
        }
        else
        {
            answer.Error.ShouldBeNull(name);
            answer.Decision.ShouldBe(expected, name);
        }
    }
}
