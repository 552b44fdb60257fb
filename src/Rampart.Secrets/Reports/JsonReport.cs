using System.Text.Json;

namespace Rampart.Secrets.Reports;

/// <summary>
/// The JSON report: <c>{"findings":[{ruleId, provider, description, path, line, column, secret,
/// fingerprint, commit?, author?, date?, verification?}], "summary":{…}}</c>.
/// </summary>
public static class JsonReport
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>, indented, with a final newline.</summary>
    public static void Write(ScanReport report, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", finding.Rule.Id);
                json.WriteString("provider", finding.Rule.Provider);
                json.WriteString("description", finding.Rule.Description);
                json.WriteString("path", finding.Path);
                json.WriteNumber("line", finding.Line);
                json.WriteNumber("column", finding.Column);
                json.WriteString("secret", report.Show(finding));
                json.WriteString("fingerprint", finding.Fingerprint);
                WriteIfSet(json, "commit", finding.Commit);
                WriteIfSet(json, "author", finding.Author);
                WriteIfSet(json, "date", finding.Date);
                WriteIfSet(json, "verification", ScanReport.VerificationName(finding));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("findings", report.Findings.Count);
            json.WriteNumber("scanned", report.Scanned);
            json.WriteNumber("allowed", report.Allowed);
            json.WriteNumber("baselined", report.Baselined);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteIfSet(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
