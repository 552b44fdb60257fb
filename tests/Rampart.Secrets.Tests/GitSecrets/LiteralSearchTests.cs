using Rampart.Secrets.GitSecrets.Posix;

namespace Rampart.Secrets.Tests.GitSecrets;

/// <summary>
/// The literal search against a plain scan for the earliest occurrence: random strings from small
/// alphabets (so that they overlap, share first bytes and differ only in case), random buffers
/// with newlines, every start position. Sets of up to 80 strings take both the fingerprint scan
/// (at most 64, with its anchor-scanned tail) and the anchor scan alone.
/// </summary>
public sealed class LiteralSearchTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Next_RandomStrings_AnOccurrenceOnTheLineOfTheEarliest(int seed)
    {
        var random = new Random(seed);
        var alphabets = new[] { "abAB\n", "kKeEyY \n", "AKIS3\n=", "\0\x80\xff\x7f\n" };
        for (var round = 0; round < 60; round++)
        {
            var alphabet = alphabets[random.Next(alphabets.Length)];
            var literals = Enumerable.Range(0, random.Next(1, 81)).Select(_ => Text(random, alphabet, random.Next(1, 6))).ToArray();
            var search = new LiteralSearch(literals);
            var buffer = Text(random, alphabet + alphabets[random.Next(alphabets.Length)], random.Next(0, 300));
            for (var from = 0; from <= buffer.Length; from++)
            {
                var earliest = Earliest(buffer, from, literals);

                var found = search.Next(buffer, from);

                if (earliest < 0)
                {
                    found.ShouldBe(-1);
                    continue;
                }

                found.ShouldBeGreaterThanOrEqualTo(from);
                literals.Any(literal => buffer.AsSpan(found).StartsWith(literal)).ShouldBeTrue($"seed {seed} round {round} from {from}");
                Line(buffer, found).ShouldBe(Line(buffer, earliest), $"seed {seed} round {round} from {from}");
            }
        }
    }

    private static byte[] Text(Random random, string alphabet, int length) =>
        [.. Enumerable.Range(0, length).Select(_ => (byte)alphabet[random.Next(alphabet.Length)])];

    private static int Earliest(byte[] buffer, int from, byte[][] literals)
    {
        for (var start = from; start < buffer.Length; start++)
        {
            if (literals.Any(literal => buffer.AsSpan(start).StartsWith(literal)))
            {
                return start;
            }
        }

        return -1;
    }

    private static int Line(byte[] buffer, int position) => buffer.AsSpan(0, position).Count((byte)'\n');
}
