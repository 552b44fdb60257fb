namespace Rampart.Git.Processes;

/// <summary>What a finished child process left: its exit code and raw output bytes.</summary>
public sealed record ProcessResult(int ExitCode, byte[] Stdout, byte[] Stderr)
{
    /// <summary>Standard output as a byte string (Latin-1, one char per byte).</summary>
    public string StdoutText => ByteString.FromBytes(Stdout);
}
