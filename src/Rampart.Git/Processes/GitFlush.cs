using System.Diagnostics;

namespace Rampart.Git.Processes;

/// <summary>
/// git flushes its standard output after every commit it lists (<c>rev-list</c>, <c>log</c>)
/// unless that output is a regular file or <c>GIT_FLUSH=0</c> is set. Through a pipe that is one
/// write and one wake-up of the reader per commit — on a 10,000-commit history <c>rev-list</c>
/// takes half as long again. A child whose output Rampart reads to the end, rather than answer by
/// answer, gets <c>GIT_FLUSH=0</c>.
/// </summary>
public static class GitFlush
{
    /// <summary>Sets <c>GIT_FLUSH=0</c> in <paramref name="start"/>'s environment.</summary>
    public static void Off(ProcessStartInfo start) => start.Environment["GIT_FLUSH"] = "0";
}
