using System.Diagnostics;

namespace Rampart.Git.Processes;

/// <summary>Runs a child process to completion, feeding stdin and collecting both outputs as bytes.</summary>
public static class ProcessRunner
{
    /// <summary>Runs <paramref name="file"/> with byte-string <paramref name="args"/> in <paramref name="directory"/>.</summary>
    public static ProcessResult Run(string file, IEnumerable<string> args, string directory, byte[]? stdin = null)
    {
        using var process = Start(file, args, directory);
        var (stdout, stderr) = (ReadAllAsync(process.StandardOutput.BaseStream), ReadAllAsync(process.StandardError.BaseStream));
        try
        {
            if (stdin is not null)
            {
                process.StandardInput.BaseStream.Write(stdin);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The child exited without reading all of its input; its exit code tells the rest.
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>Starts <paramref name="file"/> at once, with no input, and completes when it has exited, holding no thread meanwhile.</summary>
    public static async Task<ProcessResult> RunAsync(string file, IEnumerable<string> args, string directory)
    {
        using var process = Start(file, args, directory);
        var (stdout, stderr) = (ReadAllAsync(process.StandardOutput.BaseStream), ReadAllAsync(process.StandardError.BaseStream));
        process.StandardInput.Close();
        await process.WaitForExitAsync().ConfigureAwait(false);
        return new ProcessResult(process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }

    /// <summary>Finds <paramref name="name"/> on PATH (or as given, when it holds a slash); null when absent.</summary>
    public static string? Which(string name)
    {
        if (name.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(name) ? name : null;
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
        {
            var candidate = Path.Combine(folder.Length == 0 ? "." : folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static Process Start(string file, IEnumerable<string> args, string directory)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(ByteString.ToOs(arg));
        }

        if (file == "git")
        {
            GitFlush.Off(info);
        }

        return Process.Start(info) ?? throw new InvalidOperationException($"could not start `{file}`");
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
