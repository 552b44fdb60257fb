using System.Text;
using System.Text.Json;
using Rampart.Iam.Cases;

namespace Rampart.Iam.Tests.Conformance;

public class NamedCasesTests
{
    [Theory]
    [MemberData(nameof(NamedCases.All), MemberType = typeof(NamedCases))]
    public void Evaluate_NamedCase_MatchesExpected(string name, string line)
    {
        var answer = EvalCase.Evaluate(Encoding.UTF8.GetBytes(line));

        using var json = JsonDocument.Parse(line);
        var expected = json.RootElement.GetProperty("expected");
        if (expected.TryGetProperty("decision", out var decision))
        {
            answer.Error.ShouldBeNull(name);
            answer.Decision.ShouldBe(decision.GetString(), name);
        }
        else
        {
            answer.Decision.ShouldBeNull(name);
            answer.Error.ShouldNotBeNullOrWhiteSpace(name);
        }
    }
}
