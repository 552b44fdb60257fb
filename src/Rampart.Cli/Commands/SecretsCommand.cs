using System.Collections;
using System.CommandLine;
using Rampart.Git.GitSecrets;
using Rampart.Git.Processes;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart secrets …</c> serves two worlds. <c>rampart secrets scan …</c> is Rampart's own
/// scanner (<see cref="SecretsScanCommand"/>). Anything else — <c>rampart secrets --scan</c>,
/// <c>--install</c>, <c>--list</c>, no arguments at all — is git-secrets 1.3.0, parsed as
/// git-secrets parses its arguments, with its output and exit codes (docs/secrets.md).
/// <c>rampart git-secrets …</c> is always git-secrets; the <c>tools/git-secrets/git-secrets</c> script uses it.
/// </summary>
public static class SecretsCommand
{
    /// <summary>The verb that is always git-secrets, whatever its first argument.</summary>
    public const string GitSecretsVerb = "git-secrets";

    /// <summary>Builds the <c>secrets</c> verb for help and the <c>scan</c> subcommand.</summary>
    public static Command Create()
    {
        var command = new Command("secrets", "Keep secrets out of git: git-secrets 1.3.0 modes (--scan, --scan-history, --install, --list, --add, --add-provider, --register-aws, --aws-provider) and `secrets scan`");
        command.Subcommands.Add(SecretsScanCommand.Create());
        return command;
    }

    /// <summary>True when <paramref name="args"/> is a git-secrets invocation rather than a System.CommandLine one.</summary>
    public static bool IsGitSecrets(string[] args) =>
        args.Length > 0 && (args[0] == GitSecretsVerb
            || (args[0] == "secrets" && (args.Length == 1 || args[1].StartsWith('-') || !Create().Subcommands.Any(sub => sub.Name == args[1]))));

    /// <summary>Runs git-secrets with the arguments after the verb, on the process's standard streams.</summary>
    public static int RunGitSecrets(string[] args)
    {
        var variables = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string?)entry.Value ?? "", StringComparer.Ordinal);
        var environment = new GitSecretsEnvironment(
            Directory.GetCurrentDirectory(),
            variables.GetValueOrDefault("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
            ByteString.FromOs(variables.GetValueOrDefault("RAMPART_GIT_SECRETS_SCRIPT") ?? GitSecretsVerb),
            variables);
        using var io = new ShellIo(Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.OpenStandardError());
        try
        {
            return new GitSecretsRunner(io, environment).Run([.. args.Skip(1).Select(ByteString.FromOs)]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Err(ByteString.FromOs($"rampart git-secrets: {e.Message}\n"));
            return ExitCode.Internal;
        }
    }
}
