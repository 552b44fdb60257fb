using System.Text;
using Rampart.Events.Compiled;
using Rampart.Events.Matching;

namespace Rampart.Events.Tests.Conformance;

/// <summary>Checks one conformance case; the same rules for the shared corpus and ours.</summary>
public static class ConformanceRunner
{
    /// <summary>Asserts that Rampart answers <paramref name="testCase"/> as recorded.</summary>
    public static void Check(ConformanceCase testCase)
    {
        if (testCase.Raw)
        {
            CheckRaw(testCase);
            return;
        }

        var parsed = EventPatternParser.Parse(testCase.PatternText!);
        switch (testCase.Expect)
        {
            case "valid":
                parsed.Succeeded.ShouldBeTrue(parsed.FirstError?.Message);
                break;
            case "error":
                parsed.Succeeded.ShouldBeFalse("the pattern should be rejected");
                if (testCase.Error is not null)
                {
                    parsed.FirstError!.Message.ShouldBe(testCase.Error);
                }

                break;
            default:
                var expected = testCase.Expect == "match";
                if (testCase.ViaTestEventPattern)
                {
                    var result = EventPatternTester.Test(testCase.PatternText!, testCase.EventText!);
                    result.Message.ShouldBeNull();
                    result.Result.ShouldBe(expected);
                }

                parsed.Succeeded.ShouldBeTrue(parsed.FirstError?.Message);
                MatchBothWays(parsed.Value!, testCase.EventText!).ShouldBe(expected);
                break;
        }
    }

    /// <summary>Matches with the reference and the compiled matcher, asserting they agree.</summary>
    public static bool MatchBothWays(EventPattern pattern, string eventText)
    {
        var bytes = Encoding.UTF8.GetBytes(eventText);
        var fields = EventFlattener.Flatten(bytes);
        fields.Succeeded.ShouldBeTrue(fields.FirstError?.Message);
        var reference = ReferenceMatcher.Matches(pattern, fields.Value!);
        var compiled = PatternMatcher.Compile([new NamedPattern("r", pattern)]).Match(bytes);
        compiled.Succeeded.ShouldBeTrue();
        (compiled.Value!.Count > 0).ShouldBe(reference, "compiled and reference matchers disagree");
        return reference;
    }

    private static void CheckRaw(ConformanceCase testCase)
    {
        var result = EventPatternTester.Test(testCase.PatternText!, testCase.EventText!);
        if (testCase.Expect != "error")
        {
            result.Message.ShouldBeNull();
            result.Result.ShouldBe(testCase.Expect == "match");
            return;
        }

        result.ErrorCode.ShouldBe(testCase.ErrorCode);
        if (testCase.ErrorPrefixOnly)
        {
            result.Message!.ShouldStartWith(EventPatternParser.ErrorPrefix);
            result.Message.ShouldNotContain("\n");
        }
        else
        {
            result.Message.ShouldBe(testCase.Error);
        }
    }
}
