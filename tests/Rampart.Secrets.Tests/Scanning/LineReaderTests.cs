using System.Text;
using Rampart.Secrets.Scanning;

namespace Rampart.Secrets.Tests.Scanning;

public sealed class LineReaderTests
{
    [Fact]
    public void Read_MixedLineEndings_GivesEachLineWithoutItsEnding()
    {
        var lines = ReadAll(new LineReader(), "one\r\ntwo\nthree");
        lines.ShouldBe([(1, 0, "one"), (2, 0, "two"), (3, 0, "three")]);
    }

    [Fact]
    public void Read_NulInFirstBytes_ReportsBinaryAndGivesNoLines()
    {
        var lines = new List<string>();
        var text = new LineReader().Read(new MemoryStream([(byte)'a', 0, (byte)'\n', (byte)'b']), (_, _, bytes) => lines.Add(Encoding.UTF8.GetString(bytes)));
        text.ShouldBeFalse();
        lines.ShouldBeEmpty();
    }

    [Fact]
    public void Read_LineLongerThanSegment_GivesOverlappingSegmentsWithOffsets()
    {
        var reader = new LineReader(4096);
        var line = new string('x', 10_000);
        var segments = ReadAll(reader, line + "\nnext");
        segments.Where(s => s.Line == 1).Select(s => s.Offset).ShouldBe([0, 3072, 6144]);
        segments.Where(s => s.Line == 1).ShouldAllBe(s => s.Text.Length <= 4096);
        segments[^1].ShouldBe((2, 0, "next"));
    }

    private static List<(int Line, int Offset, string Text)> ReadAll(LineReader reader, string text)
    {
        var lines = new List<(int, int, string)>();
        reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), (line, offset, bytes) => lines.Add((line, offset, Encoding.UTF8.GetString(bytes))));
        return lines;
    }
}
