using System.Text.Json;

namespace Rampart.Events.Tests.Conformance;

/// <summary>One line of a conformance <c>.jsonl</c> file (shared or ours), with the texts kept raw.</summary>
public sealed record ConformanceCase(
    string File,
    string Id,
    string? PatternText,
    string? EventText,
    bool Raw,
    string Expect,
    string? Error,
    string? ErrorCode,
    bool ErrorPrefixOnly)
{
    /// <summary>How the case is shown: <c>file › id</c>.</summary>
    public string DisplayName => $"{File} › {Id}";

    /// <summary>True for AWS-recorded TestEventPattern cases (the envelope rules apply).</summary>
    public bool ViaTestEventPattern => File.StartsWith("aws-", StringComparison.Ordinal);

    /// <summary>Reads every line of a file.</summary>
    public static IReadOnlyList<ConformanceCase> Load(string path)
    {
        var name = Path.GetFileName(path);
        var cases = new List<ConformanceCase>();
        foreach (var line in System.IO.File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var raw = root.TryGetProperty("pattern_text", out var patternText);
            cases.Add(new ConformanceCase(
                name,
                root.GetProperty("id").GetString()!,
                raw ? patternText.GetString() : root.TryGetProperty("pattern", out var pattern) ? pattern.GetRawText() : null,
                raw ? root.GetProperty("event_text").GetString() : root.TryGetProperty("event", out var evt) ? evt.GetRawText() : null,
                raw,
                root.GetProperty("expect").GetString()!,
                root.TryGetProperty("error", out var error) ? error.GetString() : null,
                root.TryGetProperty("error_code", out var code) ? code.GetString() : null,
                PrefixOnly(name, root)));
        }

        return cases;
    }

    // shared/README: after "Reason: " the wording of a JSON syntax error is Jackson's, so only the
    // prefix is compared, except "Filter is not an object"; our own lines say so with error_match.
    private static bool PrefixOnly(string file, JsonElement root) =>
        root.TryGetProperty("error_match", out var match)
            ? match.GetString() == "prefix"
            : file == "aws-validated-raw.jsonl" &&
              root.TryGetProperty("error_code", out var code) && code.GetString() == "InvalidEventPatternException" &&
              root.GetProperty("error").GetString() != "Event pattern is not valid. Reason: Filter is not an object";
}
