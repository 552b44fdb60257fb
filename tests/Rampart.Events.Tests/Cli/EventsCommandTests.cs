using Rampart.Cli;

namespace Rampart.Events.Tests.Cli;

/// <summary><c>rampart events test-pattern</c> and <c>rampart events match</c>, through the real command line.</summary>
public sealed class EventsCommandTests : IDisposable
{
    private const string Event = """{"id":"1","account":"123456789012","source":"aws.cloudtrail","time":"2024-01-01T00:00:00Z","region":"us-east-1","detail-type":"AWS API Call via CloudTrail","detail":{"eventName":"StopLogging"}}""";
    private readonly string _folder = Directory.CreateTempSubdirectory("rampart-events-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TestPattern_Matching_PrintsResultTrueLikeTheAwsCli()
    {
        var (exit, output, error) = Run("events", "test-pattern", "--event-pattern", """{"detail":{"eventName":["StopLogging"]}}""", "--event", Event);
        exit.ShouldBe(0);
        output.ShouldBe("{\n    \"Result\": true\n}\n");
        error.ShouldBeEmpty();
    }

    [Fact]
    public void TestPattern_NotMatching_PrintsResultFalse()
    {
        var (exit, output, _) = Run("events", "test-pattern", "--event-pattern", """{"source":["aws.s3"]}""", "--event", Event);
        exit.ShouldBe(0);
        output.ShouldBe("{\n    \"Result\": false\n}\n");
    }

    [Fact]
    public void TestPattern_FileArguments_AreRead()
    {
        var pattern = Path.Combine(_folder, "pattern.json");
        var evt = Path.Combine(_folder, "event.json");
        File.WriteAllText(pattern, """{"detail-type":[{"prefix":"AWS API"}]}""");
        File.WriteAllText(evt, Event);
        var (exit, output, _) = Run("events", "test-pattern", "--event-pattern", $"file://{pattern}", "--event", $"file://{evt}");
        exit.ShouldBe(0);
        output.ShouldContain("\"Result\": true");
    }

    [Fact]
    public void TestPattern_InvalidPattern_PrintsAwsErrorAndExits254()
    {
        var (exit, output, error) = Run("events", "test-pattern", "--event-pattern", """{"source":[]}""", "--event", Event);
        exit.ShouldBe(254);
        output.ShouldBeEmpty();
        error.ShouldBe("\nAn error occurred (InvalidEventPatternException) when calling the TestEventPattern operation: Event pattern is not valid. Reason: Empty arrays are not allowed\n");
    }

    [Fact]
    public void TestPattern_EventWithoutEnvelope_IsAValidationException()
    {
        var (exit, _, error) = Run("events", "test-pattern", "--event-pattern", """{"a":["b"]}""", "--event", """{"a":"b"}""");
        exit.ShouldBe(254);
        error.ShouldContain("An error occurred (ValidationException) when calling the TestEventPattern operation: Parameter Event is not valid.");
    }

    [Fact]
    public void TestPattern_MissingFile_IsAParameterError()
    {
        var (exit, _, error) = Run("events", "test-pattern", "--event-pattern", "file:///nonexistent/p.json", "--event", Event);
        exit.ShouldBe(252);
        error.ShouldContain("Error parsing parameter '--event-pattern': Unable to load paramfile file:///nonexistent/p.json");
    }

    [Fact]
    public void Match_RulesFolder_ListsMatchesPerEventLine()
    {
        var rules = Directory.CreateDirectory(Path.Combine(_folder, "rules")).FullName;
        File.WriteAllText(Path.Combine(rules, "stop-logging.json"), """{"detail":{"eventName":["StopLogging","DeleteTrail"]}}""");
        File.WriteAllText(Path.Combine(rules, "any-cloudtrail.json"), """{"source":["aws.cloudtrail"]}""");
        File.WriteAllText(Path.Combine(rules, "notes.txt"), "not a rule");
        var events = Path.Combine(_folder, "events.jsonl");
        File.WriteAllText(events, string.Join('\n', Event, """{"source":"aws.s3"}""", """{"source":"aws.cloudtrail","detail":{"eventName":"DeleteTrail"}}""", "") + "\n");

        var (exit, output, _) = Run("events", "match", "--rules", rules, "--events", events);
        exit.ShouldBe(0);
        output.ShouldBe("1: any-cloudtrail stop-logging\n2:\n3: any-cloudtrail stop-logging\n");

        (exit, output, _) = Run("events", "match", "--rules", rules, "--events", events, "--output", "json");
        exit.ShouldBe(0);
        output.Split('\n')[0].ShouldBe("""{"line":1,"matched":["any-cloudtrail","stop-logging"]}""");
        output.Split('\n')[1].ShouldBe("""{"line":2,"matched":[]}""");
    }

    [Fact]
    public void Match_InvalidRule_NamesTheFileAndExits2()
    {
        var rules = Directory.CreateDirectory(Path.Combine(_folder, "bad")).FullName;
        File.WriteAllText(Path.Combine(rules, "bad.json"), """{"a":"b"}""");
        var events = Path.Combine(_folder, "e.jsonl");
        File.WriteAllText(events, "{}\n");
        var (exit, _, error) = Run("events", "match", "--rules", rules, "--events", events);
        exit.ShouldBe(2);
        error.ShouldContain("bad.json`: Event pattern is not valid. Reason: \"a\" must be an object or an array");
    }

    [Fact]
    public void Match_InvalidEventLine_ReportsItAndExits2()
    {
        var rules = Directory.CreateDirectory(Path.Combine(_folder, "r")).FullName;
        File.WriteAllText(Path.Combine(rules, "r.json"), """{"a":["b"]}""");
        var events = Path.Combine(_folder, "e.jsonl");
        File.WriteAllText(events, "{\"a\":\"b\"}\n[1]\n");
        var (exit, output, _) = Run("events", "match", "--rules", rules, "--events", events);
        exit.ShouldBe(2);
        output.ShouldBe("1: r\n2: error: event must be a JSON object\n");
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exit = CommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
