using System.CommandLine;
using Rampart.Cli.Commands;

namespace Rampart.Secrets.Tests.Cli;

/// <summary>Runs <c>scan</c> the way <c>rampart secrets scan</c> will, capturing output and exit code.</summary>
public static class ScanCli
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { SecretsScanCommand.Create() };
        var parsed = root.Parse(["scan", .. args]);
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        if (parsed.Errors.Count > 0)
        {
            return (2, string.Empty, string.Join("\n", parsed.Errors.Select(e => e.Message)));
        }

        var exit = parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        return (exit, output.ToString(), error.ToString());
    }
}
