using System.Text;
using System.Text.Json;
using Rampart.Secrets.Rules;
using Rampart.Secrets.Scanning;
using Rampart.Testing;

namespace Rampart.Secrets.Tests.Conformance;

/// <summary>
/// The scanner's line semantics as data: each line of <c>conformance/secrets/scanner/*.jsonl</c> is
/// one case (text with example placeholders, expected rule, line and column), shown as <c>file › name</c>.
/// </summary>
public sealed class ScannerConformanceTests
{
    private static readonly string Folder = RepositoryPaths.RepoFile("conformance", "secrets", "scanner");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var (display, _) in Load())
        {
            data.Add(display);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_Scanned_GivesExpectedFindings(string display)
    {
        var json = Load().Single(c => c.Display == display).Case;
        var text = RuleExample.Expand(json.GetProperty("text").GetString()!);
        var expected = json.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("rule").GetString()!, f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32()))
            .ToList();
        var actual = new SecretScanner().Scan("case.txt", new MemoryStream(Encoding.UTF8.GetBytes(text))).Findings
            .Select(f => (f.Rule.Id, f.Line, f.Column))
            .ToList();
        actual.ShouldBe(expected, ignoreOrder: true, $"text: {text}");
    }

    private static IEnumerable<(string Display, JsonElement Case)> Load()
    {
        foreach (var file in Directory.EnumerateFiles(Folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
            {
                var element = JsonDocument.Parse(line).RootElement;
                yield return ($"{Path.GetFileName(file)} › {element.GetProperty("name").GetString()}", element);
            }
        }
    }
}
