using System.Diagnostics;

namespace Rampart.Architecture.Fixture;

/// <summary>Every forbidden dependency of an engine, each used once. Never called.</summary>
public static class BrokenEngine
{
    public static string ReadsAFile(string path) => File.ReadAllText(path);

    public static bool ListsADirectory(string path) => Directory.Exists(path);

    public static FileStream OpensAStream(string path) => new(path, FileMode.Open);

    public static string? ReadsTheEnvironment() => Environment.GetEnvironmentVariable("HOME");

    public static DateTime ReadsTheClock() => DateTime.Now;

    public static DateTime ReadsTheUtcClock() => DateTime.UtcNow;

    public static DateTimeOffset ReadsTheOffsetClock() => DateTimeOffset.UtcNow;

    public static Process StartsAProcess() => Process.Start("true");

    public static HttpClient OpensTheNetwork() => new();

    public static System.Net.Sockets.TcpClient OpensASocket() => new();

    public static IEnumerable<int> IteratesHarmlessly()
    {
        yield return Environment.NewLine.Length;
    }

    public static Type UsesTheSdk() => typeof(Amazon.Runtime.AWSCredentials);

    public static Type UsesTheCli() => typeof(Rampart.Cli.CommandLine);
}
