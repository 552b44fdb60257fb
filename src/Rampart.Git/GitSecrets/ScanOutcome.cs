namespace Rampart.Git.GitSecrets;

/// <summary>How a scan function ended: clean (return 0), found (return 1), or an <c>exit N</c> from inside it.</summary>
public readonly record struct ScanOutcome(int Code, bool Exits)
{
    public static readonly ScanOutcome Clean = new(0, false);
    public static readonly ScanOutcome Found = new(1, false);

    /// <summary>The script exits with <paramref name="code"/> right away.</summary>
    public static ScanOutcome Exit(int code) => new(code, true);
}
