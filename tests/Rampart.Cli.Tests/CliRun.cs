namespace Rampart.Cli.Tests;

/// <summary>
/// Runs the CLI in process and captures what it writes. System.CommandLine names the root command
/// after the host process, which under the test runner is <c>testhost</c>: usage lines are read
/// with the name a user sees, <c>rampart</c>.
/// </summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLine.Run(args, output, error);
        return new CliRun(exit, AsUserSeesIt(output), AsUserSeesIt(error));
    }

    private static string AsUserSeesIt(StringWriter writer) =>
        writer.ToString().Replace("  testhost ", "  rampart ", StringComparison.Ordinal);
}
