namespace Rampart.Secrets.GitSecrets;

/// <summary>
/// What <c>git rev-parse --parseopt</c> makes of git-secrets' arguments: either the normalized
/// argument list (options first, then <c>--</c>, then the rest) or text to print and exit code 129.
/// </summary>
public sealed record ParseOptResult(IReadOnlyList<string>? Normalized, string Stdout, string Stderr)
{
    /// <summary>The exit code when <see cref="Normalized"/> is null.</summary>
    public const int ExitCode = 129;
}
