using System.CommandLine;
using Rampart.Cli.Commands;

namespace Rampart.Cli;

/// <summary>The composition root: the root command with every verb, and how a run maps to an exit code.</summary>
public static class CommandLine
{
    /// <summary>Builds the root command with every verb.</summary>
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("Rampart: security policy as code for AWS organizations");
        root.Options.Add(OutputOption.Instance);
        root.Options.OfType<VersionOption>().Single().Action = new VersionAction();
        root.Subcommands.Add(ArnCommand.Create());
        root.Subcommands.Add(SecretsCommand.Create());
        root.Subcommands.Add(IamCommand.Create());
        root.Subcommands.Add(EventsCommand.Create());
        return root;
    }

    /// <summary>
    /// Parses and runs <paramref name="args"/>: usage errors print one line each and give
    /// <see cref="ExitCode.Usage"/>; an unexpected exception gives <see cref="ExitCode.Internal"/>.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (SecretsCommand.IsGitSecrets(args))
        {
            return SecretsCommand.RunGitSecrets(args);
        }

        var parsed = CreateRoot().Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"rampart: {problem.Message}");
            }

            error.WriteLine("rampart: see `rampart --help`");
            return ExitCode.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error.WriteLine($"rampart: internal error: {e.GetType().Name}: {e.Message}");
            return ExitCode.Internal;
        }
    }
}
