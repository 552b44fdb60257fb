using System.Buffers;

namespace Rampart.Secrets.Scanning;

/// <summary>Receives one line (or one segment of an overlong line) as raw bytes, without its line ending.</summary>
/// <param name="line">1-based line number.</param>
/// <param name="columnOffset">0-based byte offset of <paramref name="bytes"/> within its line (non-zero only for segments of overlong lines).</param>
/// <param name="bytes">The line's bytes.</param>
public delegate void LineAction(int line, int columnOffset, ReadOnlySpan<byte> bytes);

/// <summary>
/// Streams a byte source line by line in constant memory. Binary content (a NUL byte in the first
/// 8,000 bytes, git's own test) is reported and not read further. A line longer than
/// <see cref="MaxSegment"/> bytes is handed over in overlapping segments, so a 1 GB file without a
/// single newline is still scanned without holding it in memory.
/// </summary>
public sealed class LineReader(int maxSegment = LineReader.DefaultMaxSegment)
{
    /// <summary>The default longest piece of a line handed over at once: 1 MiB.</summary>
    public const int DefaultMaxSegment = 1 << 20;

    /// <summary>How many bytes consecutive segments of one overlong line share, so a secret across a boundary is still seen whole.</summary>
    public const int Overlap = 1024;

    private const int BinaryProbe = 8000;
    private const int ReadSize = 64 * 1024;

    /// <summary>The longest piece of a line handed over at once.</summary>
    public int MaxSegment { get; } = Math.Max(maxSegment, Overlap * 2);

    /// <summary>Reads <paramref name="content"/> to its end, calling <paramref name="action"/> per line; false when the content is binary (nothing is read then).</summary>
    public bool Read(Stream content, LineAction action)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(MaxSegment + ReadSize);
        try
        {
            return Read(content, action, buffer);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private bool Read(Stream content, LineAction action, byte[] buffer)
    {
        var end = Fill(content, buffer, 0, BinaryProbe);
        if (buffer.AsSpan(0, Math.Min(end, BinaryProbe)).Contains((byte)0))
        {
            return false;
        }

        var start = 0;
        var line = 1;
        var column = 0;
        var eof = end < BinaryProbe;
        while (true)
        {
            var scanFrom = start;
            while (true)
            {
                var newline = buffer.AsSpan(scanFrom, end - scanFrom).IndexOf((byte)'\n');
                if (newline < 0)
                {
                    break;
                }

                var stop = scanFrom + newline;
                while (stop - start > MaxSegment)
                {
                    action(line, column, buffer.AsSpan(start, MaxSegment));
                    start += MaxSegment - Overlap;
                    column += MaxSegment - Overlap;
                }

                action(line, column, TrimCarriageReturn(buffer.AsSpan(start, stop - start)));
                line++;
                column = 0;
                start = stop + 1;
                scanFrom = start;
            }

            while (end - start >= MaxSegment)
            {
                action(line, column, buffer.AsSpan(start, MaxSegment));
                start += MaxSegment - Overlap;
                column += MaxSegment - Overlap;
            }

            if (eof)
            {
                if (end > start)
                {
                    action(line, column, TrimCarriageReturn(buffer.AsSpan(start, end - start)));
                }

                return true;
            }

            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
            var read = content.Read(buffer, end, buffer.Length - end);
            eof = read == 0;
            end += read;
        }
    }

    private static ReadOnlySpan<byte> TrimCarriageReturn(ReadOnlySpan<byte> bytes) =>
        bytes.Length > 0 && bytes[^1] == (byte)'\r' ? bytes[..^1] : bytes;

    private static int Fill(Stream content, byte[] buffer, int offset, int wanted)
    {
        var end = offset;
        while (end < wanted)
        {
            var read = content.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                break;
            }

            end += read;
        }

        return end;
    }
}
