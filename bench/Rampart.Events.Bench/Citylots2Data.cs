using System.IO.Compression;
using System.Text.Json;

namespace Rampart.Events.Bench;

/// <summary>
/// The inputs of the citylots2 benchmark (../shared/bench/eventbridge/README.md): the event lines as
/// UTF-8 byte arrays, the rule sets, the expected per-rule counts and event-ruler's recorded figures.
/// </summary>
public sealed class Citylots2Data
{
    private Citylots2Data(byte[][] lines, Dictionary<string, string[]> rules, Dictionary<string, string[]> combos, Dictionary<string, long[]> expected, Dictionary<string, double> anchors)
    {
        Lines = lines;
        Rules = rules;
        Combos = combos;
        Expected = expected;
        Anchors = anchors;
    }

    /// <summary>One event per line.</summary>
    public byte[][] Lines { get; }

    /// <summary>Pattern texts per category.</summary>
    public Dictionary<string, string[]> Rules { get; }

    /// <summary>Combined sets: the categories they concatenate, in order.</summary>
    public Dictionary<string, string[]> Combos { get; }

    /// <summary>Matches per rule on the synthetic file.</summary>
    public Dictionary<string, long[]> Expected { get; }

    /// <summary>event-ruler's mean events/s per category on this kind of machine.</summary>
    public Dictionary<string, double> Anchors { get; }

    /// <summary>Every category then every combo, in the README's order.</summary>
    public IEnumerable<string> Sets => Rules.Keys.Concat(Combos.Keys);

    /// <summary>Loads the data file (<c>.jsonl</c> or <c>.json.gz</c>) and the shared folder's JSON files.</summary>
    public static Citylots2Data Load(string dataPath, string sharedFolder)
    {
        using var file = File.OpenRead(dataPath);
        using Stream text = dataPath.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var buffer = new MemoryStream();
        text.CopyTo(buffer);
        var lines = Split(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));

        using var rulesDocument = JsonDocument.Parse(File.ReadAllText(Path.Combine(sharedFolder, "cl2-rules.json")));
        var rules = new Dictionary<string, string[]>();
        var combos = new Dictionary<string, string[]>();
        foreach (var property in rulesDocument.RootElement.EnumerateObject())
        {
            if (property.Name == "combos")
            {
                foreach (var combo in property.Value.EnumerateObject())
                {
                    combos[combo.Name] = [.. combo.Value.EnumerateArray().Select(e => e.GetString()!)];
                }
            }
            else
            {
                rules[property.Name] = [.. property.Value.EnumerateArray().Select(e => e.GetString()!)];
            }
        }

        using var expectedDocument = JsonDocument.Parse(File.ReadAllText(Path.Combine(sharedFolder, "expected-counts-synth.json")));
        var expected = expectedDocument.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(e => e.GetInt64()).ToArray());
        foreach (var (name, members) in combos)
        {
            expected[name] = [.. members.SelectMany(m => expected[m])];
        }

        using var anchorDocument = JsonDocument.Parse(File.ReadAllText(Path.Combine(sharedFolder, "anchor-event-ruler.json")));
        var anchors = anchorDocument.RootElement.GetProperty("categories").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("mean").GetDouble());
        return new Citylots2Data(lines, rules, combos, expected, anchors);
    }

    /// <summary>The pattern texts of a category or combo, in rule order.</summary>
    public string[] PatternsOf(string set) => Combos.TryGetValue(set, out var members) ? [.. members.SelectMany(m => Rules[m])] : Rules[set];

    private static byte[][] Split(ReadOnlySpan<byte> all)
    {
        var lines = new List<byte[]>();
        while (all.Length > 0)
        {
            var end = all.IndexOf((byte)'\n');
            var line = end < 0 ? all : all[..end];
            if (line.Length > 0)
            {
                lines.Add(line.ToArray());
            }

            all = end < 0 ? [] : all[(end + 1)..];
        }

        return [.. lines];
    }
}
