namespace Rampart.Git.GitSecrets;

/// <summary>Reads a byte stream line by line into a reused buffer (lines exclude the newline).</summary>
public sealed class LineReader(Stream stream)
{
    private byte[] _buffer = new byte[1 << 20];
    private int _start;
    private int _end;
    private bool _eof;
    private int _lastStart;

    /// <summary>The next line, or false at the end of the stream. The span is valid until the next call.</summary>
    public bool TryRead(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _lastStart = _start;
                line = _buffer.AsSpan(_start, newline);
                _start += newline + 1;
                return true;
            }

            if (_eof)
            {
                _lastStart = _start;
                line = _buffer.AsSpan(_start, _end - _start);
                _start = _end;
                return line.Length > 0;
            }

            Fill();
        }
    }

    /// <summary>The line last returned by <see cref="TryRead"/> with its newline, when it had one.</summary>
    public ReadOnlySpan<byte> LastWithNewline => _buffer.AsSpan(_lastStart, Math.Min(_start, _end) - _lastStart);

    /// <summary>Makes the line last returned by <see cref="TryRead"/> the next one again.</summary>
    public void PushBack() => _start = _lastStart;

    private void Fill()
    {
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }
}
