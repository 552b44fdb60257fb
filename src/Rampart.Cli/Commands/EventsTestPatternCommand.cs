using System.CommandLine;
using Rampart.Events;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart events test-pattern --event-pattern P --event E</c>: a stand-in for
/// <c>aws events test-event-pattern</c>, with its output and exit codes: <c>{"Result": true|false}</c>
/// and 0; an AWS error on stderr and 254; a <c>file://</c> that cannot be read, 252.
/// </summary>
public static class EventsTestPatternCommand
{
    /// <summary>The AWS CLI's exit code when the service returns an error.</summary>
    public const int ServiceError = 254;

    /// <summary>The AWS CLI's exit code for a parameter it cannot read.</summary>
    public const int ParameterError = 252;

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var pattern = new Option<string>("--event-pattern") { Description = "The event pattern: JSON text or file://PATH", Required = true };
        var eventOption = new Option<string>("--event") { Description = "The event: JSON text or file://PATH", Required = true };
        var command = new Command("test-pattern", "Test whether an event matches a pattern, like `aws events test-event-pattern` (same output and exit codes)");
        command.Options.Add(pattern);
        command.Options.Add(eventOption);
        command.SetAction(result => Run(
            result.GetValue(pattern)!,
            result.GetValue(eventOption)!,
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string patternArgument, string eventArgument, TextWriter output, TextWriter error)
    {
        if (!ParameterText.TryRead("--event-pattern", patternArgument, out var patternText, out var problem) ||
            !ParameterText.TryRead("--event", eventArgument, out var eventText, out problem))
        {
            error.WriteLine();
            error.WriteLine(problem);
            return ParameterError;
        }

        var tested = EventPatternTester.Test(patternText, eventText);
        if (tested.Result is not { } matched)
        {
            error.WriteLine();
            error.WriteLine($"An error occurred ({tested.ErrorCode}) when calling the TestEventPattern operation: {tested.Message}");
            return ServiceError;
        }

        output.WriteLine("{");
        output.WriteLine($"    \"Result\": {(matched ? "true" : "false")}");
        output.WriteLine("}");
        return ExitCode.Ok;
    }
}
