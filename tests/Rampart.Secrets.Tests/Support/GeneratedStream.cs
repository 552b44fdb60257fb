using System.Text;

namespace Rampart.Secrets.Tests.Support;

/// <summary>A read-only stream of <c>length</c> bytes of a repeated line, then a tail, generated as it is read.</summary>
public sealed class GeneratedStream(long length, string line, string tail) : Stream
{
    private readonly byte[] _line = Encoding.ASCII.GetBytes(line);
    private readonly byte[] _tail = Encoding.ASCII.GetBytes(tail);
    private readonly long _body = length;
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _body + _tail.Length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        while (written < count && _position < Length)
        {
            int copied;
            if (_position < _body)
            {
                var at = (int)(_position % _line.Length);
                copied = (int)Math.Min(Math.Min(_line.Length - at, count - written), _body - _position);
                _line.AsSpan(at, copied).CopyTo(buffer.AsSpan(offset + written));
            }
            else
            {
                var at = (int)(_position - _body);
                copied = Math.Min(_tail.Length - at, count - written);
                _tail.AsSpan(at, copied).CopyTo(buffer.AsSpan(offset + written));
            }

            written += copied;
            _position += copied;
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
