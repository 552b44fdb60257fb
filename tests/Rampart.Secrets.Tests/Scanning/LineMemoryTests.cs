using System.Text;
using Rampart.Secrets.Rules;
using Rampart.Secrets.Scanning;

namespace Rampart.Secrets.Tests.Scanning;

public sealed class LineMemoryTests
{
    [Fact]
    public void Recall_LineOfThePreviousVersion_GivesWhatItGaveThere()
    {
        var memory = new LineMemory();
        var rule = RuleCatalog.Find("jwt").Value!;
        var kept = LineMemory.Key(0, Bytes("kept"));
        var dropped = LineMemory.Key(0, Bytes("dropped"));
        memory.Recall(kept).ShouldBeNull();
        memory.Remember(kept, [new LineFinding(rule, 3, "x")]);
        memory.Remember(dropped, []);
        memory.Next();
        memory.Recall(kept).ShouldHaveSingleItem().Column.ShouldBe(3);
        memory.Recall(LineMemory.Key(4096, Bytes("kept"))).ShouldBeNull();
        memory.Next();
        memory.Recall(kept).ShouldNotBeNull();
        memory.Recall(dropped).ShouldBeNull();
    }

    [Fact]
    public void Scan_WithMemory_RecallsUnchangedLinesAtTheirNewNumbers()
    {
        var scanner = new SecretScanner();
        var memory = new LineMemory();
        var key = Support.Fake.AwsKeyId();
        var token = Support.Fake.GitHubToken();
        scanner.Scan("a.env", new MemoryStream(Bytes($"id={key}\n")), memory).Findings.Count.ShouldBe(1);
        var second = scanner.Scan("a.env", new MemoryStream(Bytes($"# new header\nid={key}\nt={token}\n")), memory);
        second.Findings.Select(f => (f.Rule.Id, f.Line)).ShouldBe([("aws-access-key-id", 2), ("github-pat", 3)]);
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
