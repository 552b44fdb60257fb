namespace Rampart.Git.History;

/// <summary>A read-only window of exactly <c>length</c> bytes over another stream (one object of <c>git cat-file --batch</c>).</summary>
internal sealed class BoundedStream(Stream inner, long length) : Stream
{
    private readonly long _length = length;
    private long _remaining = length;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _length;

    public override long Position
    {
        get => _length - _remaining;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_remaining == 0)
        {
            return 0;
        }

        var read = inner.Read(buffer, offset, (int)Math.Min(count, _remaining));
        if (read == 0)
        {
            throw new GitException($"git stopped after {Position} of {_length} bytes of an object");
        }

        _remaining -= read;
        return read;
    }

    /// <summary>Reads and drops whatever is left, so the next object starts where it should.</summary>
    public void Drain()
    {
        var scratch = new byte[8192];
        while (Read(scratch, 0, scratch.Length) > 0)
        {
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
