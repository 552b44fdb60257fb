namespace Rampart.Cli;

/// <summary>
/// Process exit codes (docs/cli.md). Where Rampart stands in for another tool (git-secrets, the
/// AWS CLI's <c>test-event-pattern</c>) that tool's codes win.
/// </summary>
public static class ExitCode
{
    /// <summary>Success: nothing found, allowed, done.</summary>
    public const int Ok = 0;

    /// <summary>The command ran and found something: findings, a deny, a failed check.</summary>
    public const int Found = 1;

    /// <summary>Usage error or invalid input.</summary>
    public const int Usage = 2;

    /// <summary>A bug in Rampart.</summary>
    public const int Internal = 3;
}
