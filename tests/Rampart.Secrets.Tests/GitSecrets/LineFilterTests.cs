using System.Text;
using Rampart.Secrets.GitSecrets.Posix;

namespace Rampart.Secrets.Tests.GitSecrets;

/// <summary>
/// The DFA line filter is only a shortcut: on seeded random patterns and lines it must accept every
/// line the reference Pike VM matches (a superset), or the scanner would miss findings.
/// </summary>
public sealed class LineFilterTests
{
    private static readonly string[] Pieces = ["a", "b", "ab", "[ab]", "[^a]", ".", "a*", "b+", "(a|b)", "a?", "^", "$", "\\b", "\\<", "x{2}", "(ab){1,2}", "\\s", "\\w"];
    private static readonly string[] LiteralPieces = ["key", "(KEY|key)", "[kK]e", "ab", "(ab|ba)c", "c{2}", "y?", "k+", "[^k]", "\\s*", "^", "$", ".", "(E|ey)", "a{1,3}"];

    [Fact]
    public void NextCandidate_RandomPatternsAndLines_NeverSkipsAMatchingLine()
    {
        var random = new Random(20261129);
        for (var round = 0; round < 300; round++)
        {
            var pattern = string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var regex = PosixRegex.Compile(Encoding.Latin1.GetBytes(pattern), RegexDialect.Glibc).Value!;
            for (var i = 0; i < 20; i++)
            {
                var line = Encoding.Latin1.GetBytes(string.Concat(Enumerable.Range(0, random.Next(0, 8)).Select(_ => "abx _\t"[random.Next(6)])));
                if (regex.IsMatch(line))
                {
                    regex.Filter.NextCandidate(line, 0).ShouldBe(0, $"pattern `{pattern}` line `{Encoding.Latin1.GetString(line)}`");
                }
            }
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void NextCandidate_RandomBuffers_StopsAtEveryMatchingLineInOrder(bool includeNewline) =>
        StopsAtEveryMatchingLine(20261130, Pieces, "abx _\t\n", includeNewline);

    /// <summary>Patterns with required strings take the literal search's path: the same must hold there.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void NextCandidate_PatternsWithRequiredStrings_StopsAtEveryMatchingLineInOrder(bool includeNewline) =>
        StopsAtEveryMatchingLine(20261131, LiteralPieces, "abckeyKE _\n", includeNewline);

    private static void StopsAtEveryMatchingLine(int seed, string[] pieces, string alphabet, bool includeNewline)
    {
        var random = new Random(seed);
        for (var round = 0; round < 300; round++)
        {
            var pattern = string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => pieces[random.Next(pieces.Length)]));
            var regex = PosixRegex.Compile(Encoding.Latin1.GetBytes(pattern), RegexDialect.Glibc).Value!;
            var filter = includeNewline ? regex.NewlineFilter : regex.Filter;
            var buffer = Encoding.Latin1.GetBytes(string.Concat(Enumerable.Range(0, random.Next(0, 90)).Select(_ => alphabet[random.Next(alphabet.Length)])));
            var from = 0;
            while (from <= buffer.Length)
            {
                var candidate = filter.NextCandidate(buffer, from);
                var stop = candidate < 0 ? buffer.Length + 1 : candidate;
                (candidate < 0 || candidate == from || buffer[candidate - 1] == '\n').ShouldBeTrue($"pattern `{pattern}`: {candidate} is not a line start");
                for (var start = from; start < Math.Min(stop, buffer.Length); start = LineEnd(buffer, start) + 1)
                {
                    var end = LineEnd(buffer, start);
                    var line = buffer.AsSpan(start, (includeNewline && end < buffer.Length ? end + 1 : end) - start);
                    regex.IsMatch(line).ShouldBeFalse($"pattern `{pattern}` skipped line `{Encoding.Latin1.GetString(line)}` at {start}");
                }

                if (candidate < 0 || candidate >= buffer.Length)
                {
                    break;
                }

                from = LineEnd(buffer, candidate) + 1;
            }
        }
    }

    [Fact]
    public void Compile_BackReference_IsRefusedWithClearMessage()
    {
        var compiled = PosixRegex.Compile("(a)\\1"u8.ToArray(), RegexDialect.Glibc);

        compiled.Succeeded.ShouldBeFalse();
        compiled.FirstError!.Message.ShouldBe("back-references (`\\1`…`\\9`) are not supported by rampart");
    }

    private static int LineEnd(byte[] buffer, int start)
    {
        var newline = Array.IndexOf(buffer, (byte)'\n', start);
        return newline < 0 ? buffer.Length : newline;
    }
}
