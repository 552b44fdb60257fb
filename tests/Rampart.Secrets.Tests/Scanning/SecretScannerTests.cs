using System.Text;
using Rampart.Secrets.Scanning;
using Rampart.Secrets.Tests.Support;

namespace Rampart.Secrets.Tests.Scanning;

public sealed class SecretScannerTests
{
    private static readonly SecretScanner Scanner = new();

    [Fact]
    public void Scan_KeyOnThirdLine_ReportsRuleLineColumnAndSecret()
    {
        var key = Fake.AwsKeyId();
        var scan = Scan($"# config\n\nid = {key}\n");
        var finding = scan.Findings.ShouldHaveSingleItem();
        finding.Rule.Id.ShouldBe("aws-access-key-id");
        (finding.Line, finding.Column).ShouldBe((3, 6));
        finding.Secret.ShouldBe(key);
        finding.Redacted.ShouldBe("AKIA*****");
    }

    [Fact]
    public void Scan_InlineAllowMarker_SkipsTheLineAndCountsIt()
    {
        var scan = Scan($"id = {Fake.AwsKeyId()} # rampart:allow\nid = {Fake.AwsKeyId("2")}\n");
        scan.Findings.ShouldHaveSingleItem().Line.ShouldBe(2);
        scan.InlineAllowed.ShouldBe(1);
    }

    [Fact]
    public void Scan_NotUtf8_ScansBytesAsLatin1AndWarnsOnce()
    {
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.Latin1.GetBytes($"caf\u00e9 token {Fake.GitHubToken()}\n"));
        bytes.AddRange([0xff, 0xfe, (byte)'\n']);
        var scan = Scanner.Scan("latin1.txt", new MemoryStream([.. bytes]));
        var finding = scan.Findings.ShouldHaveSingleItem();
        (finding.Rule.Id, finding.Column).ShouldBe(("github-pat", 12));
        var warning = scan.Diagnostics.ShouldHaveSingleItem();
        warning.Message.ShouldBe("`latin1.txt` is not valid UTF-8 (first at line 1); its bytes were scanned as Latin-1");
    }

    [Fact]
    public void Scan_BinaryContent_IsSkippedWithoutFindings()
    {
        var bytes = Encoding.ASCII.GetBytes($"\0\0\0{Fake.AwsKeyId()}\n");
        var scan = Scanner.Scan("blob.bin", new MemoryStream(bytes));
        scan.Binary.ShouldBeTrue();
        scan.Findings.ShouldBeEmpty();
    }

    [Fact]
    public void Scan_GenericAndProviderRuleOnSameText_KeepsOnlyTheProviderRule()
    {
        var token = Fake.GitHubToken();
        var scan = Scan($"api_key = \"{token}\"\n");
        scan.Findings.ShouldHaveSingleItem().Rule.Id.ShouldBe("github-pat");
    }

    [Fact]
    public void Scan_AwsDocumentedExamplePair_IsNotReportedByAnyRule() =>
        Scan("aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nsecret_key: \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"\n").Findings.ShouldBeEmpty();

    [Fact]
    public void Scan_LowEntropyCandidate_IsDropped() =>
        Scan("aws_secret_access_key = AAAAAAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBBBBB\n").Findings.ShouldBeEmpty();

    [Fact]
    public void Fingerprint_SameSecretOnAnotherLine_IsUnchanged()
    {
        var key = Fake.AwsKeyId();
        var before = Scan($"id = {key}\n").Findings.Single();
        var after = Scan($"\n\n\nid = {key}\n").Findings.Single();
        after.Line.ShouldBe(4);
        after.Fingerprint.ShouldBe(before.Fingerprint);
    }

    [Fact]
    public void Scan_HugeStreamWithSecretAtTheEnd_FindsItInConstantMemory()
    {
        // 256 MiB of ordinary lines, produced on the fly (never materialised), then one key.
        var key = Fake.AwsKeyId();
        using var content = new GeneratedStream(256L << 20, "just an ordinary line of source code, nothing to see here\n", $"id = {key}\n");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var scan = Scanner.Scan("huge.log", content);
        scan.Findings.ShouldHaveSingleItem().Secret.ShouldBe(key);
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(64L << 20);
    }

    [Fact]
    public void Scan_LineLongerThanASegment_IsSegmentedAndSecretAcrossABoundaryFound()
    {
        var reader = new LineReader(4096);
        var scanner = new SecretScanner(reader: reader);
        var key = Fake.AwsKeyId();
        var prefix = new string('x', 4096 - 10) + " ";
        var scan = scanner.Scan("one-line.min.js", new MemoryStream(Encoding.ASCII.GetBytes(prefix + key + " " + new string('y', 20_000))));
        var finding = scan.Findings.ShouldHaveSingleItem();
        (finding.Line, finding.Column).ShouldBe((1, prefix.Length + 1));
    }

    private static FileScan Scan(string text) => Scanner.Scan("config.txt", new MemoryStream(Encoding.UTF8.GetBytes(text)));
}
