using Rampart.Core;
using Rampart.Secrets.Rules;

namespace Rampart.Secrets.AllowLists;

/// <summary>
/// The <c>--allow-list</c> file: one entry per line, <c>#</c> starts a comment. Each entry is one or
/// two of <c>path: GLOB</c>, <c>rule: RULE-ID</c> (both: the rule is off under those paths), or
/// <c>fingerprint: HEX</c> alone (accept one finding). Unknown keys and unknown rule ids are errors
/// with the file's line and column.
/// </summary>
public sealed class AllowList
{
    private static readonly string[] Keys = ["path", "rule", "fingerprint"];

    private AllowList(IReadOnlyList<AllowEntry> entries) => Entries = entries;

    /// <summary>An allow list that allows nothing.</summary>
    public static AllowList Empty { get; } = new([]);

    /// <summary>The entries in file order.</summary>
    public IReadOnlyList<AllowEntry> Entries { get; }

    /// <summary>True when some entry accepts the finding.</summary>
    public bool Allows(string ruleId, string path, string fingerprint) => Entries.Any(e => e.Allows(ruleId, path, fingerprint));

    /// <summary>True when some entry skips the whole file.</summary>
    public bool SkipsPath(string path) => Entries.Any(e => e.SkipsPath(path));

    /// <summary>Parses allow-list text; <paramref name="name"/> names the file in messages.</summary>
    public static ParseResult<AllowList> Parse(string text, string name)
    {
        var entries = new List<AllowEntry>();
        var errors = new List<Diagnostic>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = hash >= 0 ? line[..hash] : line;
            if (content.Trim().Length > 0)
            {
                var entry = ParseEntry(content, name, i + 1, errors);
                if (entry is not null)
                {
                    entries.Add(entry);
                }
            }
        }

        return errors.Count > 0 ? ParseResult<AllowList>.Failure(errors) : ParseResult<AllowList>.Success(new AllowList(entries));
    }

    private static AllowEntry? ParseEntry(string content, string name, int line, List<Diagnostic> errors)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = 0;
        while (true)
        {
            while (position < content.Length && char.IsWhiteSpace(content[position]))
            {
                position++;
            }

            if (position >= content.Length)
            {
                break;
            }

            var column = position + 1;
            var colon = content.IndexOf(':', position);
            var key = colon < 0 ? content[position..].Split(' ')[0] : content[position..colon].Trim();
            if (colon < 0 || !Keys.Contains(key) || values.ContainsKey(key))
            {
                var why = colon >= 0 && values.ContainsKey(key) ? $"`{key}:` given twice" : $"unknown entry `{key}`; expected `path:`, `rule:` or `fingerprint:`";
                errors.Add(Error(name, line, column, why));
                return null;
            }

            position = colon + 1;
            while (position < content.Length && char.IsWhiteSpace(content[position]))
            {
                position++;
            }

            var start = position;
            while (position < content.Length && !char.IsWhiteSpace(content[position]))
            {
                position++;
            }

            if (start == position)
            {
                errors.Add(Error(name, line, column, $"`{key}:` needs a value"));
                return null;
            }

            var value = content[start..position];
            if (key == "rule" && RuleCatalog.Find(value) is { Succeeded: false } unknown)
            {
                errors.Add(Error(name, line, start + 1, unknown.FirstError!.Message));
                return null;
            }

            values[key] = value;
        }

        if (values.ContainsKey("fingerprint") && values.Count > 1)
        {
            errors.Add(Error(name, line, 1, "`fingerprint:` stands alone; it already names one finding"));
            return null;
        }

        return new AllowEntry(values.GetValueOrDefault("path"), values.GetValueOrDefault("rule"), values.GetValueOrDefault("fingerprint"));
    }

    private static Diagnostic Error(string name, int line, int column, string message) =>
        Diagnostic.Error("secrets.allow-list", $"`{name}` line {line}: {message}", SourceLocation.At(line, column));
}
