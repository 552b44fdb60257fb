using System.Diagnostics;

namespace Rampart.Secrets.Tests.Support;

/// <summary>A temporary folder, optionally a git repository, deleted on dispose.</summary>
public sealed class TempRepo : IDisposable
{
    private TempRepo(string path) => Path = path;

    public string Path { get; }

    public static TempRepo Folder()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rampart-scan-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        return new TempRepo(path);
    }

    public static TempRepo Git()
    {
        var repo = Folder();
        repo.Run("git", "init", "-q", "-b", "main");
        repo.Run("git", "config", "user.name", "Ada Lovelace");
        repo.Run("git", "config", "user.email", "ada@example.com");
        repo.Run("git", "config", "commit.gpgsign", "false");
        return repo;
    }

    public string Write(string relative, string text)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public string Commit(string message)
    {
        Run("git", "add", "-A");
        Run("git", "commit", "-q", "--allow-empty", "-m", message);
        return Run("git", "rev-parse", "HEAD").Trim();
    }

    public string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {error}");
        }

        return output;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
