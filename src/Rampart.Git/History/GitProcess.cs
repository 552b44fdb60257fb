using System.Diagnostics;
using System.Text;
using Rampart.Git.Processes;

namespace Rampart.Git.History;

/// <summary>Runs <c>git</c> with an argument list (never a shell), streaming or to completion.</summary>
internal sealed class GitProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stderr;

    private GitProcess(string directory, IEnumerable<string> arguments, bool input)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("core.quotePath=false");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["LC_ALL"] = "C";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        if (!input)
        {
            GitFlush.Off(start);
        }
        _process = Process.Start(start) ?? throw new GitException("could not start `git`; is it installed and on PATH?");
        _stderr = _process.StandardError.ReadToEndAsync();
        Output = new BufferedStream(_process.StandardOutput.BaseStream, 1 << 16);
    }

    /// <summary>git's standard output, buffered.</summary>
    public Stream Output { get; }

    /// <summary>git's standard input (only when started with input).</summary>
    public Stream Input => _process.StandardInput.BaseStream;

    /// <summary>Starts git in <paramref name="directory"/>.</summary>
    public static GitProcess Start(string directory, IEnumerable<string> arguments, bool input = false)
    {
        try
        {
            return new GitProcess(directory, arguments, input);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new GitException("could not start `git`; is it installed and on PATH?");
        }
    }

    /// <summary>Runs git to completion: exit code, standard output (UTF-8) and the first line of standard error.</summary>
    public static (int Exit, string Output, string Error) Run(string directory, params string[] arguments)
    {
        using var git = Start(directory, arguments);
        using var text = new StreamReader(git.Output, Encoding.UTF8);
        var output = text.ReadToEnd();
        var (exit, error) = git.Finish();
        return (exit, output, error);
    }

    /// <summary>Waits for git to exit: its exit code and the first line of its standard error.</summary>
    public (int Exit, string Error) Finish()
    {
        _process.WaitForExit();
        var error = _stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        return (_process.ExitCode, error.Trim());
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
