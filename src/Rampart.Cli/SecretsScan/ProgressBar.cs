using System.Diagnostics;
using Rampart.Git.History;

namespace Rampart.Cli.SecretsScan;

/// <summary>
/// A one-line progress bar for history scans, redrawn at most ten times a second on standard
/// error and only when standard error is a terminal (never in pipes, files or CI logs).
/// </summary>
public sealed class ProgressBar(TextWriter error) : IProgress<HistoryProgress>, IDisposable
{
    private const int Width = 30;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private TimeSpan? _last;
    private bool _drawn;

    /// <summary>A bar on the console's standard error when it is a terminal, else null.</summary>
    public static ProgressBar? ForTerminal() => Console.IsErrorRedirected ? null : new ProgressBar(Console.Error);

    /// <summary>Redraws the bar for <paramref name="value"/>, unless it was drawn less than 100 ms ago (the last commit is always drawn).</summary>
    public void Report(HistoryProgress value)
    {
        var now = _clock.Elapsed;
        if (value.Commits != value.TotalCommits && _last is { } last && now - last < Interval)
        {
            return;
        }

        _last = now;
        var filled = value.TotalCommits == 0 ? Width : (int)((long)Width * value.Commits / value.TotalCommits);
        error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {value.Commits}/{value.TotalCommits} commits, {value.Blobs} blobs");
        _drawn = true;
    }

    /// <summary>Clears the bar's line, if it was drawn.</summary>
    public void Dispose()
    {
        if (_drawn)
        {
            error.Write("\r\u001b[2K");
        }
    }
}
