using Rampart.Events.Tests.Conformance;

namespace Rampart.Events.Tests;

public sealed class PatternOperatorsTests
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var op in PatternOperators.All)
        {
            data.Add(op.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Example_OfEveryOperator_MatchesAndDoesNotMatchAsDocumented(string name)
    {
        var op = PatternOperators.All.Single(o => o.Name == name);
        var pattern = EventPatternParser.Parse(op.ExamplePattern);
        pattern.Succeeded.ShouldBeTrue(pattern.FirstError?.Message);
        ConformanceRunner.MatchBothWays(pattern.Value!, op.MatchingEvent).ShouldBeTrue();
        ConformanceRunner.MatchBothWays(pattern.Value!, op.NonMatchingEvent).ShouldBeFalse();
    }

    [Fact]
    public void Catalog_Names_AreUnique() => PatternOperators.All.Select(o => o.Name).ShouldBeUnique();
}
