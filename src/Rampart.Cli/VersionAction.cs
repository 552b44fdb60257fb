using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Rampart.Cli;

/// <summary><c>--version</c>: Rampart's own version, whichever process hosts the CLI.</summary>
public sealed class VersionAction : SynchronousCommandLineAction
{
    /// <summary>The informational version of the CLI assembly, without source-revision metadata.</summary>
    public static string Version =>
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return ExitCode.Ok;
    }
}
