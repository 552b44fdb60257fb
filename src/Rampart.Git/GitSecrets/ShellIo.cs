using Rampart.Git.Processes;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// The standard streams of a git-secrets run. Writes are buffered per stream and flushed whenever
/// the other stream is written, so output interleaves as the script's would when both go to one file.
/// </summary>
public sealed class ShellIo(Stream stdin, Stream stdout, Stream stderr) : IDisposable
{
    private readonly BufferedStream _out = new(stdout, 1 << 16);
    private readonly BufferedStream _err = new(stderr, 1 << 16);
    private BufferedStream? _last;

    /// <summary>Standard input.</summary>
    public Stream Stdin { get; } = stdin;

    /// <summary>Writes a byte string to standard output.</summary>
    public void Out(string text) => Write(_out, ByteString.ToBytes(text));

    /// <summary>Writes a byte string to standard error.</summary>
    public void Err(string text) => Write(_err, ByteString.ToBytes(text));

    /// <summary>Writes bytes to standard error.</summary>
    public void Err(ReadOnlySpan<byte> bytes) => Write(_err, bytes);

    /// <summary>Flushes both streams.</summary>
    public void Flush()
    {
        _out.Flush();
        _err.Flush();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Flush();
        _out.Dispose();
        _err.Dispose();
    }

    private void Write(BufferedStream stream, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return;
        }

        if (_last is not null && _last != stream)
        {
            _last.Flush();
        }

        _last = stream;
        stream.Write(bytes);
    }
}
