namespace Rampart.Secrets.Tests.Support;

/// <summary>git itself reading a config value: set <c>KEY</c> to a value in a fresh repository, then ask <c>git config OPTION KEY</c>.</summary>
internal static class GitConfigOracle
{
    /// <summary>git's answer on standard output, or null when git refuses the value.</summary>
    public static string? Read(string key, string value, string option)
    {
        using var repo = TempRepo.Git();
        repo.Run("git", "config", key, value);
        try
        {
            return repo.Run("git", "config", option, key);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
