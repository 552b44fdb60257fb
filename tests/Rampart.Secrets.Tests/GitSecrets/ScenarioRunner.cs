using System.Diagnostics;
using System.Text;
using Rampart.Testing;

namespace Rampart.Secrets.Tests.GitSecrets;

/// <summary>
/// Runs a bash script the way conformance/secrets/record.py does — fresh ROOT with work/, home/ and
/// bin/git-secrets (here: the checkout's tools/git-secrets/git-secrets running this build of Rampart), fixed git
/// identities and dates — and returns its output with ROOT written as /ROOT.
/// </summary>
public sealed class ScenarioRunner : IDisposable
{
    private readonly Dictionary<string, string> _environment;

    /// <summary>Prepares ROOT with the fixed variables <paramref name="fixedEnvironment"/>.</summary>
    public ScenarioRunner(IReadOnlyDictionary<string, string> fixedEnvironment)
    {
        Root = Path.Combine(Path.GetTempPath(), "rampart-gs-" + Guid.NewGuid().ToString("N")[..12]);
        foreach (var folder in new[] { "work", "home", "bin" })
        {
            Directory.CreateDirectory(Path.Combine(Root, folder));
        }

        File.Copy(RepositoryPaths.RepoFile("tools", "git-secrets", "git-secrets"), Path.Combine(Root, "bin", "git-secrets"));
        _environment = new Dictionary<string, string>(fixedEnvironment)
        {
            ["HOME"] = Path.Combine(Root, "home"),
            ["PATH"] = Path.Combine(Root, "bin") + ":/usr/local/bin:/usr/bin:/bin",
            ["RAMPART"] = Rampart,
        };
    }

    /// <summary>The scenario's root folder.</summary>
    public string Root { get; }

    /// <summary>How to start this build of the CLI (the apphost beside the test assembly).</summary>
    public static string Rampart => Path.Combine(AppContext.BaseDirectory, "rampart");

    /// <summary>Runs <paramref name="script"/> with bash in ROOT/work.</summary>
    public (int Exit, byte[] Stdout, byte[] Stderr) Run(string script, string? stdin = null)
    {
        var info = new ProcessStartInfo("bash")
        {
            WorkingDirectory = Path.Combine(Root, "work"),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        info.Environment.Clear();
        foreach (var (key, value) in _environment)
        {
            info.Environment[key] = value;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { } dotnetRoot)
        {
            info.Environment["DOTNET_ROOT"] = dotnetRoot;
        }

        using var process = Process.Start(info)!;
        var stdout = ReadAsync(process.StandardOutput.BaseStream);
        var stderr = ReadAsync(process.StandardError.BaseStream);
        process.StandardInput.BaseStream.Write(Encoding.UTF8.GetBytes(stdin ?? ""));
        process.StandardInput.Close();
        process.WaitForExit();
        return (process.ExitCode, Normalize(stdout.Result), Normalize(stderr.Result));
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private byte[] Normalize(byte[] output)
    {
        var root = Encoding.UTF8.GetBytes(Root);
        var text = Encoding.Latin1.GetString(output).Replace(Encoding.Latin1.GetString(root), "/ROOT", StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(text);
    }

    private static async Task<byte[]> ReadAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
