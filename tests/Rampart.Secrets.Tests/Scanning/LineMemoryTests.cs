using System.Text;
using Rampart.Secrets.Scanning;

namespace Rampart.Secrets.Tests.Scanning;

public sealed class LineMemoryTests
{
    [Fact]
    public void Seen_LineOfThePreviousVersion_IsTrueOnlyThere()
    {
        var memory = new LineMemory();
        memory.Seen(0, Bytes("kept")).ShouldBeFalse();
        memory.Seen(0, Bytes("dropped")).ShouldBeFalse();
        memory.Next();
        memory.Seen(0, Bytes("kept")).ShouldBeTrue();
        memory.Seen(0, Bytes("added")).ShouldBeFalse();
        memory.Seen(4096, Bytes("kept")).ShouldBeFalse();
        memory.Next();
        memory.Seen(0, Bytes("dropped")).ShouldBeFalse();
        memory.Seen(0, Bytes("added")).ShouldBeTrue();
    }

    [Fact]
    public void Scan_WithMemory_SkipsUnchangedLinesAndFindsNewOnes()
    {
        var scanner = new SecretScanner();
        var memory = new LineMemory();
        var key = Support.Fake.AwsKeyId();
        var token = Support.Fake.GitHubToken();
        scanner.Scan("a.env", new MemoryStream(Bytes($"id={key}\n")), memory).Findings.Count.ShouldBe(1);
        var second = scanner.Scan("a.env", new MemoryStream(Bytes($"# new header\nid={key}\nt={token}\n")), memory);
        second.Findings.ShouldHaveSingleItem().Line.ShouldBe(3);
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
