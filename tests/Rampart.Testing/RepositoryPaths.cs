namespace Rampart.Testing;

/// <summary>
/// Finds the checkout (the folder holding <c>Rampart.slnx</c>) and the read-only <c>shared/</c>
/// folder that sits beside it in CI. <c>RAMPART_SHARED</c> overrides where shared/ is.
/// </summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The checkout's root folder.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The shared/ folder, whether or not it exists.</summary>
    public static string Shared =>
        Environment.GetEnvironmentVariable("RAMPART_SHARED") is { Length: > 0 } overridden
            ? Path.GetFullPath(overridden)
            : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>True when shared/ is present.</summary>
    public static bool HasShared => Directory.Exists(Shared);

    /// <summary>A path inside shared/.</summary>
    public static string SharedFile(params string[] parts) => Path.Combine([Shared, .. parts]);

    /// <summary>A path inside the checkout.</summary>
    public static string RepoFile(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Why a test that needs shared/ is skipped, or null when shared/ is present.</summary>
    public static string? SharedSkipReason =>
        HasShared ? null : $"needs ../shared beside the checkout (looked in `{Shared}`; set RAMPART_SHARED to point elsewhere)";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Rampart.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Rampart.slnx above `{AppContext.BaseDirectory}`");
    }
}
