using System.CommandLine;

namespace Rampart.Cli.Commands;

/// <summary><c>rampart events …</c>: the EventBridge pattern engine (docs/events.md).</summary>
public static class EventsCommand
{
    /// <summary>Builds the verb group.</summary>
    public static Command Create()
    {
        var command = new Command("events", "EventBridge event patterns: test a pattern, match many rules over many events");
        command.Subcommands.Add(EventsTestPatternCommand.Create());
        command.Subcommands.Add(EventsMatchCommand.Create());
        return command;
    }
}
