using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rampart.Events.Tests;

/// <summary>Seeded random patterns and events over a small vocabulary, so that they often meet.</summary>
public sealed class RandomCorpus(int seed)
{
    private static readonly string[] Keys = ["a", "b", "c", "d.e", "f", "\u00e9\"q"];
    private static readonly string[] Strings = ["x", "X", "xy", "yx", "", "10.0.0.1", "10.0.1.7", "2001:db8::1", "a*b", "\u00e9t\u00e9", "\u00c9T\u00c9", "init-x", "file.png", "q\"uote\\", "tab\t\ud83d\ude80"];
    private static readonly JsonNode?[] Numbers = [0, 1, 1.0, 100, 1e2, -5, 3.5, 12345678901234567890m];
    private static readonly JsonSerializerOptions Compact = new();
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Random _random = new(seed);

    /// <summary>A random pattern text (sometimes invalid).</summary>
    public string Pattern() => PatternObject(0, allowOr: true).ToJsonString();

    /// <summary>A random event text.</summary>
    public string Event() => EventObject(0).ToJsonString(_random.Next(2) == 0 ? Compact : Indented);

    private JsonObject PatternObject(int depth, bool allowOr)
    {
        var result = new JsonObject();
        var fields = _random.Next(1, 4);
        for (var i = 0; i < fields; i++)
        {
            var key = Pick(Keys);
            if (allowOr && _random.Next(8) == 0)
            {
                result["$or"] = new JsonArray(PatternObject(depth + 1, false), PatternObject(depth + 1, false));
            }
            else if (depth < 2 && _random.Next(4) == 0)
            {
                result[key] = PatternObject(depth + 1, allowOr);
            }
            else
            {
                var values = new JsonArray();
                for (var v = _random.Next(1, 4); v > 0; v--)
                {
                    values.Add(PatternValue());
                }

                result[key] = values;
            }
        }

        return result;
    }

    private JsonNode? PatternValue() => _random.Next(16) switch
    {
        0 => Pick(Strings),
        1 => Clone(Pick(Numbers)),
        2 => _random.Next(3) switch { 0 => true, 1 => false, _ => null },
        3 => Op("prefix", _random.Next(3) == 0 ? new JsonObject { ["equals-ignore-case"] = Short() } : Short()),
        4 => Op("suffix", _random.Next(3) == 0 ? new JsonObject { ["equals-ignore-case"] = Short() } : Short()),
        5 => Op("equals-ignore-case", Pick(Strings)),
        6 => Op("wildcard", Pick(["x*", "*y", "*", "a\\*b", "10.*", "*.png", "x*y"])),
        7 => Op("anything-but", AnythingButOperand()),
        8 => Op("numeric", Pick<JsonNode>([new JsonArray(">", 0), new JsonArray("<=", 100), new JsonArray(">", -10, "<", 50), new JsonArray("=", 1), new JsonArray(">=", 3.5, "<=", 1e2)])),
        9 => Op("cidr", Pick(["10.0.0.0/24", "10.0.0.0/8", "2001:db8::/32"])),
        10 or 11 => Op("exists", _random.Next(2) == 0),
        12 => Op("exactly", Pick(Strings)),
        _ => Pick(Strings),
    };

    private JsonNode AnythingButOperand() => _random.Next(6) switch
    {
        0 => Pick(Strings),
        1 => new JsonArray(Pick(Strings), Pick(Strings)),
        2 => new JsonArray(Clone(Pick(Numbers[..7])), Clone(Pick(Numbers[..7]))),
        3 => new JsonObject { ["prefix"] = Pick(["x", "init", "10."]) },
        4 => new JsonObject { ["equals-ignore-case"] = new JsonArray(Pick(Strings)) },
        _ => new JsonObject { ["wildcard"] = Pick(["x*", "*.png"]) },
    };

    private JsonObject EventObject(int depth)
    {
        var result = new JsonObject();
        foreach (var key in Keys)
        {
            if (_random.Next(3) == 0)
            {
                continue;
            }

            result[key] = EventValue(depth);
        }

        return result;
    }

    private JsonNode? EventValue(int depth) => _random.Next(depth < 2 ? 10 : 6) switch
    {
        0 or 1 => Pick(Strings),
        2 => Clone(Pick(Numbers)),
        3 => _random.Next(3) switch { 0 => true, 1 => false, _ => null },
        4 => new JsonArray(Pick(Strings), Clone(Pick(Numbers))),
        5 => Pick(Strings),
        6 or 7 => EventObject(depth + 1),
        _ => new JsonArray(EventObject(depth + 1), EventObject(depth + 1)),
    };

    private static JsonObject Op(string name, JsonNode? operand) => new() { [name] = operand };

    private string Short() => Pick(["x", "X", "", ".png", "y", "\u00e9"]);

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private static JsonNode? Clone(JsonNode? node) => node is null ? null : JsonNode.Parse(node.ToJsonString(new JsonSerializerOptions()));
}
