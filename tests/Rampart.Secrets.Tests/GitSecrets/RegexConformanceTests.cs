using System.Text;
using System.Text.Json;
using Rampart.Secrets.GitSecrets;
using Rampart.Secrets.GitSecrets.Posix;
using Rampart.Testing;

namespace Rampart.Secrets.Tests.GitSecrets;

/// <summary>
/// Replays conformance/secrets/regex-cases.jsonl, recorded from git grep (glibc, with and without
/// git's -w rule) and GNU grep -w under LC_ALL=C: for every pattern, each line's verdict or the
/// exact error text, and GNU grep's warnings.
/// </summary>
public sealed class RegexConformanceTests
{
    private static string FilePath => RepositoryPaths.RepoFile("conformance", "secrets", "regex-cases.jsonl");

    public static IEnumerable<object[]> Cases() =>
        File.ReadLines(FilePath).Skip(1).Select(line => new object[] { $"regex-cases.jsonl › {JsonDocument.Parse(line).RootElement.GetProperty("pattern").GetString()}" });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Match_RecordedPattern_SameVerdictsAsGitAndGnuGrep(string display)
    {
        var pattern = display[(display.IndexOf('›') + 2)..];
        using var json = JsonDocument.Parse(File.ReadLines(FilePath).Skip(1).First(l => JsonDocument.Parse(l).RootElement.GetProperty("pattern").GetString() == pattern));
        var r = json.RootElement;
        var lines = r.GetProperty("lines").EnumerateArray().Select(l => Encoding.Latin1.GetBytes(l.GetString()!)).ToList();
        var bytes = Encoding.Latin1.GetBytes(pattern);

        Check(r.GetProperty("git_word"), RegexDialect.Glibc, bytes, lines, (regex, line) => WordRule.GitMatch(regex, line), "git grep -w");
        Check(r.GetProperty("git_plain"), RegexDialect.Glibc, bytes, lines, (regex, line) => regex.IsMatch(line), "git grep");
        var gnu = Check(r.GetProperty("gnu_word"), RegexDialect.GnuGrep, bytes, lines, (regex, line) => WordRule.GnuMatch(regex, line), "grep -w");
        var warnings = gnu?.Warnings.Select(w => $"grep: warning: {w}") ?? [];
        warnings.ShouldBe(r.GetProperty("gnu_warnings").EnumerateArray().Select(w => w.GetString()!));
    }

    private delegate bool Rule(PosixRegex regex, byte[] line);

    private static PosixRegex? Check(JsonElement expected, RegexDialect dialect, byte[] pattern, List<byte[]> lines, Rule rule, string what)
    {
        var compiled = PosixRegex.Compile(pattern, dialect);
        if (expected.ValueKind == JsonValueKind.String)
        {
            var message = expected.GetString()!;
            message = message[(message.LastIndexOf(": ", StringComparison.Ordinal) + 2)..];
            compiled.Succeeded.ShouldBeFalse($"{what} refuses the pattern");
            compiled.FirstError!.Message.ShouldBe(message, what);
            return null;
        }

        compiled.Succeeded.ShouldBeTrue($"{what}: {compiled.FirstError?.Message}");
        var verdicts = lines.Select(line => rule(compiled.Value!, line)).ToList();
        verdicts.ShouldBe(expected.EnumerateArray().Select(v => v.GetBoolean()).ToList(), what);
        return compiled.Value;
    }
}
