using System.Text;
using Rampart.Events.Compiled;
using Rampart.Events.Matching;

namespace Rampart.Events.Tests;

/// <summary>Malformed, hostile and oversized input: a clear one-line error or a correct answer, never a crash or a hang.</summary>
public sealed class HostileInputTests
{
    private static readonly PatternMatcher Detail = Compile("""{"detail":{"a":["x"]}}""");

    [Fact]
    public void Parse_DeeplyNestedPattern_ReportsAnError()
    {
        var text = string.Concat(Enumerable.Repeat("{\"a\":", 100_000)) + "[1]" + new string('}', 100_000);
        var parsed = EventPatternParser.Parse(text);
        parsed.Succeeded.ShouldBeFalse();
        parsed.FirstError!.Message.ShouldStartWith(EventPatternParser.ErrorPrefix);
        parsed.FirstError.Message.ShouldNotContain("\n");
    }

    [Fact]
    public void Match_DeeplyNestedEvent_ReportsAnError()
    {
        var text = "{\"detail\":" + new string('[', 200_000) + new string(']', 200_000) + "}";
        Detail.CreateSession().TryMatch(Encoding.UTF8.GetBytes(text), [], out var error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain("depth");
        EventFlattener.Flatten(Encoding.UTF8.GetBytes(text)).Succeeded.ShouldBeFalse();
    }

    [Fact]
    public void Match_NestingWithinTheLimit_IsAnswered()
    {
        var text = "{\"detail\":{\"a\":" + new string('[', 500) + "\"x\"" + new string(']', 500) + "}}";
        Detail.Match(Encoding.UTF8.GetBytes(text)).Value!.ShouldBe(["r"]);
    }

    [Theory]
    [InlineData("1e999")]
    [InlineData("-1e999")]
    [InlineData("123456789012345678901234567890")]
    public void Parse_NumericOperandOutOfRange_ReportsAwsMessage(string number)
    {
        var parsed = EventPatternParser.Parse($$"""{"a":[{"numeric":[">",{{number}}]}]}""");
        parsed.FirstError!.Message.ShouldBe($"{EventPatternParser.ErrorPrefix}Cannot compare number : {number}");
    }

    [Fact]
    public void Match_HugeNumbers_CompareByLiteralOnly()
    {
        var digits = new string('9', 5000);
        var pattern = EventPatternParser.Parse($$"""{"a":[{{digits}}], "b":[{"numeric":[">", 0]}]}""").Value!;
        ConformanceMatch(pattern, $$"""{"a":{{digits}}, "b":1e308}""").ShouldBeTrue();
        ConformanceMatch(pattern, $$"""{"a":{{digits}}8, "b":1}""").ShouldBeFalse();
        ConformanceMatch(pattern, $$"""{"a":{{digits}}, "b":1e999}""").ShouldBeFalse();
    }

    [Fact]
    public void Match_InvalidUtf8Event_ReportsTheOffset()
    {
        byte[] bytes = [.. "{\"detail\":{\"a\":\"x"u8, 0xFF, .. "\"}}"u8];
        Detail.CreateSession().TryMatch(bytes, [], out var error).ShouldBeFalse();
        error.ShouldBe("event is not valid UTF-8 (bad byte at offset 17)");
        EventFlattener.Flatten(bytes).FirstError!.Message.ShouldBe(error);
    }

    [Fact]
    public void Parse_InvalidUtf8Pattern_ReportsAnError()
    {
        byte[] bytes = [.. "{\"a\":[\""u8, 0xC3, .. "\"]}"u8];
        EventPatternParser.Parse(bytes).FirstError!.Message.ShouldStartWith(EventPatternParser.ErrorPrefix);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("\"x\"")]
    [InlineData("{\"detail\":")]
    [InlineData("{\"detail\":{\"a\":\"x\"}")]
    public void Match_MalformedEvent_ReportsAnError(string text)
    {
        Detail.CreateSession().TryMatch(Encoding.UTF8.GetBytes(text), [], out var error).ShouldBeFalse();
        error.ShouldNotBeNullOrWhiteSpace();
        error.ShouldNotContain("\n");
    }

    [Fact]
    public void Match_TenThousandRules_AnswersEachExactly()
    {
        var rules = Enumerable.Range(0, 10_000).Select(i => new NamedPattern(
            $"r{i}",
            EventPatternParser.Parse(i % 2 == 0
                ? $$$"""{"source":["s{{{i % 50}}}"],"detail":{"id":["v{{{i}}}"]}}"""
                : $$$"""{"detail":{"n":[{"numeric":[">",{{{i}}}]}],"id":[{"prefix":"v{{{i}}}"}]}}""").Value!)).ToList();
        var session = PatternMatcher.Compile(rules).CreateSession();
        var matched = new List<int>();
        session.TryMatch("""{"source":"s12","detail":{"id":"v1262","n":5000}}"""u8, matched, out _).ShouldBeTrue();
        matched.ShouldBe([1, 1262]);
        session.TryMatch("""{"source":"s0","detail":{"id":"v9999","n":9999.5}}"""u8, matched, out _).ShouldBeTrue();
        matched.ShouldBe([9, 99, 999, 9999]);
    }

    [Fact]
    public void Match_LargeSplitArrays_AnswersWithoutBlowingUp()
    {
        var elements = string.Join(',', Enumerable.Range(0, 400).Select(i => i % 2 == 0 ? "{\"b\":\"1\"}" : "{\"c\":\"2\"}"));
        var pattern = EventPatternParser.Parse("""{"a":{"b":["1"],"c":["2"],"d":[{"exists":false}]}}""").Value!;
        ConformanceMatch(pattern, "{\"a\":[" + elements + "]}").ShouldBeFalse();
        ConformanceMatch(pattern, "{\"a\":[" + elements + ",{\"b\":\"1\",\"c\":\"2\"}]}").ShouldBeTrue();
    }

    [Fact]
    public void Parse_OrCombinationsBeyondTheLimit_ReportsAnError()
    {
        var or = """{"$or":[{"a":["1"]},{"b":["2"]},{"c":["3"]},{"d":["4"]}]}""";
        var text = "{" + string.Join(',', Enumerable.Range(0, 6).Select(i => $"\"k{i}\":{or}")) + "}";
        EventPatternParser.Parse(text).FirstError!.Message.ShouldBe(EventPatternParser.ErrorPrefix + "Event pattern contains more than 1000 rule combinations");
    }

    [Fact]
    public void Parse_PathologicalWildcard_IsRejectedQuickly()
    {
        var text = string.Concat(Enumerable.Range(0, 300).Select(i => $"{(char)('a' + (i % 3))}*"));
        EventPatternParser.Parse($$"""{"a":[{"wildcard":"{{text}}"}]}""").FirstError!.Message
            .ShouldEndWith("Rule is too complex - try using fewer wildcard characters or fewer repeating character sequences after a wildcard character");
    }

    private static bool ConformanceMatch(EventPattern pattern, string eventText) => Conformance.ConformanceRunner.MatchBothWays(pattern, eventText);

    private static PatternMatcher Compile(string pattern) => PatternMatcher.Compile([new NamedPattern("r", EventPatternParser.Parse(pattern).Value!)]);
}
