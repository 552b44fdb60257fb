using System.Text.Json;
using Rampart.Secrets.Scanning;

namespace Rampart.Secrets.Reports;

/// <summary>
/// The SARIF 2.1.0 report (OASIS static analysis results format), written directly: one run whose
/// driver lists the rules that have results, one result per finding with a physical location
/// (relative URI, line and columns counted in UTF-16 code units, as the run's <c>columnKind</c>
/// says), a partial fingerprint for de-duplication across runs, and
/// commit details in the result's property bag.
/// </summary>
public static class SarifReport
{
    /// <summary>The schema URI written into <c>$schema</c>.</summary>
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public static void Write(ScanReport report, TextWriter output)
    {
        var rules = report.Findings.Select(f => f.Rule).DistinctBy(r => r.Id).ToList();
        var index = rules.Select((rule, i) => (rule.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", Schema);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules, report.ToolVersion);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var finding in report.Findings)
            {
                WriteResult(json, finding, index[finding.Rule.Id], report);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>A relative path as a SARIF URI reference: each segment percent-encoded, <c>/</c> kept.</summary>
    public static string ToUri(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private static void WriteTool(Utf8JsonWriter json, List<Rules.SecretRule> rules, string version)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "rampart");
        json.WriteString("version", version);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Description);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", "error");
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("provider", rule.Provider);
            json.WriteStartArray("tags");
            json.WriteStringValue("security");
            json.WriteStringValue("secret");
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, int ruleIndex, ScanReport report)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Rule.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", "error");
        json.WriteStartObject("message");
        json.WriteString("text", $"{finding.Rule.Description}: {report.Show(finding)}");
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ToUri(finding.Path));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", finding.Line);
        json.WriteNumber("startColumn", finding.Column);
        json.WriteNumber("endColumn", finding.Column + finding.Secret.Length);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString("rampart/v1", finding.Fingerprint);
        json.WriteEndObject();
        if (finding.Commit is not null || finding.Verification != Verification.NotChecked)
        {
            json.WriteStartObject("properties");
            if (finding.Commit is not null)
            {
                json.WriteString("commit", finding.Commit);
                json.WriteString("author", finding.Author);
                json.WriteString("date", finding.Date);
            }

            if (ScanReport.VerificationName(finding) is { } state)
            {
                json.WriteString("verification", state);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
