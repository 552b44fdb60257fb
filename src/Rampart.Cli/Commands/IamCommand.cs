using System.CommandLine;

namespace Rampart.Cli.Commands;

/// <summary><c>rampart iam …</c>: the IAM policy engine's verbs.</summary>
public static class IamCommand
{
    /// <summary>Builds the verb group.</summary>
    public static Command Create()
    {
        var command = new Command("iam", "Evaluate IAM policies: decide requests as AWS does and explain why");
        command.Subcommands.Add(IamEvalCommand.Create());
        command.Subcommands.Add(IamSimulateCommand.Create());
        command.Subcommands.Add(IamLintCommand.Create());
        command.Subcommands.Add(IamSessionsCommand.Create());
        return command;
    }
}
