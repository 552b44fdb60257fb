using System.Text;
using System.Text.Json;
using Rampart.Events.Compiled;

namespace Rampart.Events;

/// <summary>
/// EventBridge's <c>TestEventPattern</c>: the event must be a JSON object carrying the envelope
/// fields <c>id</c>, <c>account</c>, <c>source</c>, <c>time</c>, <c>region</c> and
/// <c>detail-type</c> (<c>resources</c> is optional), else <c>ValidationException</c>; the pattern
/// must compile, else <c>InvalidEventPatternException</c> with AWS's reason.
/// </summary>
public static class EventPatternTester
{
    /// <summary>AWS's error code for a bad pattern.</summary>
    public const string InvalidEventPattern = "InvalidEventPatternException";

    /// <summary>AWS's error code for a bad event.</summary>
    public const string ValidationException = "ValidationException";

    /// <summary>AWS's message for a bad event.</summary>
    public const string InvalidEventMessage = "Parameter Event is not valid.";

    private static readonly string[] Envelope = ["id", "account", "source", "time", "region", "detail-type"];

    /// <summary>Tests <paramref name="eventText"/> against <paramref name="patternText"/>.</summary>
    public static TestEventPatternResult Test(string patternText, string eventText)
    {
        var eventBytes = Encoding.UTF8.GetBytes(eventText);
        if (!HasEnvelope(eventBytes))
        {
            return TestEventPatternResult.Error(ValidationException, InvalidEventMessage);
        }

        var pattern = EventPatternParser.Parse(patternText);
        if (!pattern.Succeeded)
        {
            return TestEventPatternResult.Error(InvalidEventPattern, pattern.FirstError!.Message);
        }

        var matched = PatternMatcher.Compile([new NamedPattern("pattern", pattern.Value)]).Match(eventBytes);
        return matched.Succeeded
            ? TestEventPatternResult.Matched(matched.Value.Count > 0)
            : TestEventPatternResult.Error(ValidationException, InvalidEventMessage);
    }

    private static bool HasEnvelope(byte[] utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = Matching.EventFlattener.MaxDepth });
            return document.RootElement.ValueKind == JsonValueKind.Object &&
                Envelope.All(name => document.RootElement.TryGetProperty(name, out _));
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

/// <summary>The answer of <see cref="EventPatternTester.Test"/>: a result, or an AWS error code and message.</summary>
public sealed record TestEventPatternResult(bool? Result, string? ErrorCode, string? Message)
{
    /// <summary>A successful test.</summary>
    public static TestEventPatternResult Matched(bool result) => new(result, null, null);

    /// <summary>A rejected request.</summary>
    public static TestEventPatternResult Error(string code, string message) => new(null, code, message);
}
