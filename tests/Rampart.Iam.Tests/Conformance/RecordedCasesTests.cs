using System.Text;
using Rampart.Iam.Cases;
using Rampart.Testing;

namespace Rampart.Iam.Tests.Conformance;

public class RecordedCasesTests
{
    [SharedDataTheory]
    [MemberData(nameof(RecordedCases.All), MemberType = typeof(RecordedCases))]
    public void Evaluate_RecordedCase_MatchesExpectedDecision(string name, string line)
    {
        var answer = EvalCase.Evaluate(Encoding.UTF8.GetBytes(line));

        answer.Error.ShouldBeNull(name);
        answer.Decision.ShouldBe(RecordedCases.Expected(line), name);
    }
}
