using Rampart.Secrets.Rules;
using Rampart.Secrets.Scanning;
using Rampart.Secrets.Tests.Support;

namespace Rampart.Secrets.Tests.Scanning;

/// <summary>The streaming scanner against <see cref="ReferenceScanner"/>, on the whole example corpus and on seeded random mixes of it.</summary>
public sealed class SecretScannerDifferentialTests
{
    private static readonly string[] Corpus =
    [
        .. RuleCatalog.All.SelectMany(r => r.TruePositives.Concat(r.FalsePositives)).Select(RuleExample.Expand),
        "plain text without anything interesting", "", "  indented = value", "key = value # rampart:allow",
    ];

    [Fact]
    public void Scan_WholeCorpus_AgreesWithReference() => AssertSame(string.Join("\n", Corpus));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Scan_RandomMix_AgreesWithReference(int seed)
    {
        var random = new Random(seed);
        var lines = Enumerable.Range(0, 400).Select(_ =>
        {
            var a = Corpus[random.Next(Corpus.Length)];
            var b = Corpus[random.Next(Corpus.Length)];
            return random.Next(4) switch
            {
                0 => a,
                1 => a + " " + b,
                2 => a + (random.Next(2) == 0 ? "\r" : string.Empty),
                _ => a[..random.Next(a.Length + 1)] + b,
            };
        });
        AssertSame(string.Join("\n", lines));
    }

    private static void AssertSame(string text)
    {
        var fast = new SecretScanner().Scan("mix.txt", new MemoryStream(ReferenceScanner.Bytes(text))).Findings
            .Select(f => (f.Rule.Id, f.Line, f.Column, f.Secret)).ToList();
        fast.ShouldBe(ReferenceScanner.Scan(text), ignoreOrder: true);
    }
}
