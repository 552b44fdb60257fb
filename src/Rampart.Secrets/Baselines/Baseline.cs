using System.Text;
using System.Text.Json;
using Rampart.Core;
using Rampart.Secrets.Scanning;

namespace Rampart.Secrets.Baselines;

/// <summary>
/// Findings accepted earlier, by fingerprint. The file is JSON:
/// <c>{"version":1,"findings":[{"fingerprint":"…","ruleId":"…","path":"…","line":3}]}</c>; only
/// <c>fingerprint</c> is used for matching, the rest is there for people reading the file.
/// </summary>
public sealed class Baseline
{
    /// <summary>The format version written and understood.</summary>
    public const int Version = 1;

    private readonly HashSet<string> _fingerprints;

    private Baseline(HashSet<string> fingerprints) => _fingerprints = fingerprints;

    /// <summary>A baseline that accepts nothing.</summary>
    public static Baseline Empty { get; } = new([]);

    /// <summary>How many findings the baseline accepts.</summary>
    public int Count => _fingerprints.Count;

    /// <summary>True when <paramref name="finding"/> was accepted.</summary>
    public bool Contains(Finding finding) => _fingerprints.Contains(finding.Fingerprint);

    /// <summary>Parses baseline JSON; <paramref name="name"/> names the file in messages.</summary>
    public static ParseResult<Baseline> Parse(string json, string name)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            return Fail(name, $"is not valid JSON at line {line}, column {column}", SourceLocation.At(line, column));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail(name, "must be a JSON object with `version` and `findings`", SourceLocation.Pointer(""));
            }

            if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != Version)
            {
                return Fail(name, $"needs `\"version\": {Version}`", SourceLocation.Pointer("/version"));
            }

            if (!root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                return Fail(name, "needs a `findings` array", SourceLocation.Pointer("/findings"));
            }

            var fingerprints = new HashSet<string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var item in findings.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("fingerprint", out var fingerprint) || fingerprint.ValueKind != JsonValueKind.String)
                {
                    return Fail(name, "each finding needs a `fingerprint` string", SourceLocation.Pointer($"/findings/{index}"));
                }

                fingerprints.Add(fingerprint.GetString()!);
                index++;
            }

            return ParseResult<Baseline>.Success(new Baseline(fingerprints));
        }
    }

    /// <summary>The baseline JSON that accepts exactly <paramref name="findings"/>, sorted by path, line and rule.</summary>
    public static string Write(IEnumerable<Finding> findings)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteStartArray("findings");
            foreach (var finding in findings.DistinctBy(f => f.Fingerprint).OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Rule.Id, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("fingerprint", finding.Fingerprint);
                json.WriteString("ruleId", finding.Rule.Id);
                json.WriteString("path", finding.Path);
                json.WriteNumber("line", finding.Line);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static ParseResult<Baseline> Fail(string name, string message, SourceLocation location) =>
        ParseResult<Baseline>.Failure(Diagnostic.Error("secrets.baseline", $"baseline `{name}` {message}", location));
}
