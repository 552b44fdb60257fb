using Rampart.Events.Compiled;

namespace Rampart.Events.Tests.Compiled;

public sealed class MatcherSessionTests
{
    [Fact]
    public void TryMatch_CommonEvent_AllocatesNothingOnceWarm()
    {
        var rules = new[]
        {
            """{"source":["aws.cloudtrail"],"detail":{"eventName":["StopLogging","DeleteTrail"]}}""",
            """{"detail":{"userIdentity":{"userName":[{"prefix":"ops-"}]},"readOnly":[false]}}""",
            """{"detail":{"sourceIPAddress":[{"cidr":"203.0.113.0/24"}],"n":[{"numeric":[">",1]}],"x":[{"exists":false}]}}""",
            """{"detail":{"tags":{"k":["a"]}}}""",
        }.Select((p, i) => new NamedPattern($"r{i}", EventPatternParser.Parse(p).Value!)).ToList();
        var session = PatternMatcher.Compile(rules).CreateSession();
        var matched = new List<int>(8);
        var evt = """{"source":"aws.cloudtrail","detail":{"eventName":"StopLogging","userIdentity":{"userName":"ops-\u00e9"},"readOnly":false,"sourceIPAddress":"203.0.113.7","n":2.5,"tags":[{"k":"a","v":"b"},{"k":"c"}],"skip":{"deep":[1,2,{"x":"y"}]}}}"""u8.ToArray();
        session.TryMatch(evt, matched, out _).ShouldBeTrue();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            session.TryMatch(evt, matched, out _);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        matched.ShouldBe([0, 1, 2, 3]);
        allocated.ShouldBe(0);
    }

    [Fact]
    public void TryMatch_SessionReused_ForgetsThePreviousEvent()
    {
        var session = PatternMatcher.Compile([new NamedPattern("r", EventPatternParser.Parse("""{"a":["x"],"b":[{"exists":false}]}""").Value!)]).CreateSession();
        var matched = new List<int>();
        session.TryMatch("""{"a":"x","b":1}"""u8, matched, out _).ShouldBeTrue();
        matched.ShouldBeEmpty();
        session.TryMatch("""{"a":"x"}"""u8, matched, out _).ShouldBeTrue();
        matched.ShouldBe([0]);
        session.TryMatch("""{"a":"y"}"""u8, matched, out _).ShouldBeTrue();
        matched.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"skip":{"s":"]}{[","t":"\\\"}"},"a":"x"}""", true)]
    [InlineData("""{"skip":["a\\\\",{"b":[[],{}]},"\u005d"],"a":"x"}""", true)]
    [InlineData("""{"skip":{"long":"0123456789012345678901234567890123456789\\\"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"},"a":"x"}""", true)]
    [InlineData("""{"skip":[1,2,{"x":"y"}],"a":"y"}""", false)]
    public void TryMatch_SkippedSubtrees_WithBracketsInStrings_AreSkippedExactly(string json, bool expected)
    {
        var session = PatternMatcher.Compile([new NamedPattern("r", EventPatternParser.Parse("""{"a":["x"]}""").Value!)]).CreateSession();
        var matched = new List<int>();
        session.TryMatch(System.Text.Encoding.UTF8.GetBytes(json), matched, out var error).ShouldBeTrue(error);
        (matched.Count == 1).ShouldBe(expected);
    }

    [Theory]
    [InlineData("""{"skip":{"s":"]}""")]
    [InlineData("""{"skip":[1,2}""")]
    [InlineData("""{"skip":{"a":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20]]}""")]
    [InlineData("""{"skip":"unterminated""")]
    public void TryMatch_MalformedSkippedSubtree_IsAnError(string json)
    {
        var session = PatternMatcher.Compile([new NamedPattern("r", EventPatternParser.Parse("""{"a":["x"]}""").Value!)]).CreateSession();
        session.TryMatch(System.Text.Encoding.UTF8.GetBytes(json), [], out var error).ShouldBeFalse();
        error.ShouldStartWith("event is not valid JSON: ");
    }

    [Fact]
    public void TryMatch_EscapesAtEveryBlockOffset_AreSkippedExactly()
    {
        var session = PatternMatcher.Compile([new NamedPattern("r", EventPatternParser.Parse("""{"a":["x"]}""").Value!)]).CreateSession();
        var matched = new List<int>();
        for (var pad = 0; pad < 70; pad++)
        {
            var json = "{\"skip\":{\"s\":\"" + new string('p', pad) + "\\n\\\"]}\\\\\",\"t\":[\"\\t\"]},\"a\":\"x\"}";
            session.TryMatch(System.Text.Encoding.UTF8.GetBytes(json), matched, out var error).ShouldBeTrue(error);
            matched.ShouldBe([0], json);
        }
    }
}
