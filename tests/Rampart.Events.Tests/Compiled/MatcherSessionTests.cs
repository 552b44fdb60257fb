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
}
