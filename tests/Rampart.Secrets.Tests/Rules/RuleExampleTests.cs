using Rampart.Secrets.Rules;

namespace Rampart.Secrets.Tests.Rules;

public sealed class RuleExampleTests
{
    [Fact]
    public void Expand_Placeholder_FillsFromAlphabetToLength()
    {
        var text = RuleExample.Expand("key-«h:32»!");
        text.ShouldStartWith("key-");
        text.ShouldEndWith("!");
        text.Length.ShouldBe(37);
        text[4..36].ShouldAllBe(c => "0123456789abcdef".Contains(c));
    }

    [Fact]
    public void Expand_SameTemplate_IsDeterministic() =>
        RuleExample.Expand("«m:40»").ShouldBe(RuleExample.Expand("«m:40»"));

    [Fact]
    public void Expand_NoPlaceholder_ReturnsTemplate() =>
        RuleExample.Expand("plain text").ShouldBe("plain text");
}
