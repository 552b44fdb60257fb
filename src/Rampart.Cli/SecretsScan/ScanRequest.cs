namespace Rampart.Cli.SecretsScan;

/// <summary>What <c>rampart secrets scan</c> was asked to do, after option parsing.</summary>
internal sealed record ScanRequest(
    string Path,
    bool History,
    string? Since,
    bool Staged,
    string? BaselinePath,
    bool UpdateBaseline,
    string? AllowListPath,
    string Format,
    bool Redact,
    bool Verify);
