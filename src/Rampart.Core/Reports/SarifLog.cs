using System.Text.Json;
using Rampart.Core.Json;

namespace Rampart.Core.Reports;

/// <summary>A rule a SARIF run reports on (<c>tool.driver.rules[]</c>).</summary>
/// <param name="Id">The stable rule id.</param>
/// <param name="Name">A short PascalCase-free title.</param>
/// <param name="Description">One sentence saying what the rule finds.</param>
/// <param name="HelpUri">Where the rule is documented, or null.</param>
/// <param name="Level">The default level: <c>error</c>, <c>warning</c> or <c>note</c>.</param>
/// <param name="Properties">Extra string properties for the rule's property bag, or null.</param>
/// <param name="Tags">Tags for the rule's property bag (<c>security</c>, …), or null.</param>
public sealed record SarifRule(
    string Id,
    string? Name,
    string Description,
    string? HelpUri,
    string Level,
    IReadOnlyDictionary<string, string>? Properties = null,
    IReadOnlyList<string>? Tags = null);

/// <summary>One result of a SARIF run.</summary>
/// <param name="RuleId">The rule that produced it.</param>
/// <param name="Level"><c>error</c>, <c>warning</c> or <c>note</c>.</param>
/// <param name="Message">The one-line message.</param>
/// <param name="Uri">The artifact, relative to the scan root, or null.</param>
/// <param name="Line">1-based start line, or 0 when unknown.</param>
/// <param name="Column">1-based start column, or 0 when unknown.</param>
/// <param name="EndColumn">1-based column just past the region, or 0 when unknown.</param>
/// <param name="Fingerprint">A stable identity across runs (<c>partialFingerprints["rampart/v1"]</c>), or null.</param>
/// <param name="Properties">Extra string properties for the result's property bag, or null.</param>
public sealed record SarifResult(
    string RuleId,
    string Level,
    string Message,
    string? Uri,
    int Line,
    int Column,
    int EndColumn = 0,
    string? Fingerprint = null,
    IReadOnlyDictionary<string, string>? Properties = null);

/// <summary>
/// Writes a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format) with one run:
/// the tool and its rules, then the results with their physical locations.
/// </summary>
public static class SarifLog
{
    /// <summary>The schema URI written into <c>$schema</c>.</summary>
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>A relative path as a SARIF URI reference: each segment percent-encoded, <c>/</c> kept.</summary>
    public static string ToUri(string path) => string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    /// <summary>
    /// The SARIF log as indented JSON. <paramref name="columnKind"/>, when given, says how columns
    /// are counted (<c>utf16CodeUnits</c> or <c>unicodeCodePoints</c>).
    /// </summary>
    public static string Write(
        string toolName,
        string toolVersion,
        string? informationUri,
        IReadOnlyList<SarifRule> rules,
        IReadOnlyList<SarifResult> results,
        string? columnKind = null)
    {
        var index = rules.Select((rule, i) => (rule.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return JsonOutput.Write(
            json =>
            {
                json.WriteStartObject();
                json.WriteString("$schema", Schema);
                json.WriteString("version", "2.1.0");
                json.WriteStartArray("runs");
                json.WriteStartObject();
                json.WriteStartObject("tool");
                json.WriteStartObject("driver");
                json.WriteString("name", toolName);
                json.WriteString("version", toolVersion);
                if (informationUri is not null)
                {
                    json.WriteString("informationUri", informationUri);
                }

                json.WriteStartArray("rules");
                foreach (var rule in rules)
                {
                    json.WriteStartObject();
                    json.WriteString("id", rule.Id);
                    if (rule.Name is not null)
                    {
                        json.WriteString("name", rule.Name);
                    }

                    json.WriteStartObject("shortDescription");
                    json.WriteString("text", rule.Description);
                    json.WriteEndObject();
                    if (rule.HelpUri is not null)
                    {
                        json.WriteString("helpUri", rule.HelpUri);
                    }

                    json.WriteStartObject("defaultConfiguration");
                    json.WriteString("level", rule.Level);
                    json.WriteEndObject();
                    WriteProperties(json, rule.Properties, rule.Tags);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
                if (columnKind is not null)
                {
                    json.WriteString("columnKind", columnKind);
                }

                json.WriteStartArray("results");
                foreach (var result in results)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", result.RuleId);
                    if (index.TryGetValue(result.RuleId, out var ruleIndex))
                    {
                        json.WriteNumber("ruleIndex", ruleIndex);
                    }

                    json.WriteString("level", result.Level);
                    json.WriteStartObject("message");
                    json.WriteString("text", result.Message);
                    json.WriteEndObject();
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    json.WriteStartObject("physicalLocation");
                    json.WriteStartObject("artifactLocation");
                    json.WriteString("uri", result.Uri ?? string.Empty);
                    json.WriteEndObject();
                    if (result.Line > 0)
                    {
                        json.WriteStartObject("region");
                        json.WriteNumber("startLine", result.Line);
                        if (result.Column > 0)
                        {
                            json.WriteNumber("startColumn", result.Column);
                        }

                        if (result.EndColumn > 0)
                        {
                            json.WriteNumber("endColumn", result.EndColumn);
                        }

                        json.WriteEndObject();
                    }

                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndArray();
                    if (result.Fingerprint is not null)
                    {
                        json.WriteStartObject("partialFingerprints");
                        json.WriteString("rampart/v1", result.Fingerprint);
                        json.WriteEndObject();
                    }

                    WriteProperties(json, result.Properties, null);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            },
            indented: true);
    }

    private static void WriteProperties(Utf8JsonWriter json, IReadOnlyDictionary<string, string>? properties, IReadOnlyList<string>? tags)
    {
        if (properties is not { Count: > 0 } && tags is not { Count: > 0 })
        {
            return;
        }

        json.WriteStartObject("properties");
        foreach (var (key, value) in properties ?? new Dictionary<string, string>())
        {
            json.WriteString(key, value);
        }

        if (tags is { Count: > 0 })
        {
            json.WriteStartArray("tags");
            foreach (var tag in tags)
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
