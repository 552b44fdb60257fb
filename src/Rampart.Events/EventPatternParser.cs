using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Rampart.Core;
using Rampart.Events.Matching;
using Rampart.Events.Patterns;

namespace Rampart.Events;

/// <summary>
/// Compiles an event pattern's JSON text the way EventBridge (event-ruler) does, token by token, so
/// that the first problem found is the one AWS reports, in AWS's words:
/// <c>Event pattern is not valid. Reason: …</c>. A pattern whose <c>$or</c> is not a valid
/// <c>$or</c> is compiled again with <c>$or</c> as an ordinary field name, as AWS does.
/// Duplicate keys: the last value list for a path wins. Text after the top-level object is ignored.
/// </summary>
public static class EventPatternParser
{
    /// <summary>AWS's prefix for every pattern error.</summary>
    public const string ErrorPrefix = "Event pattern is not valid. Reason: ";

    /// <summary>Diagnostic code for an invalid pattern.</summary>
    public const string ErrorCode = "events.pattern";

    /// <summary>The most alternatives <c>$or</c> may expand to.</summary>
    public const int MaxCombinations = 1000;

    /// <summary>The deepest nesting of JSON accepted.</summary>
    public const int MaxDepth = 256;

    /// <summary>Parses pattern text.</summary>
    public static ParseResult<EventPattern> Parse(string json) => Parse(Encoding.UTF8.GetBytes(json));

    /// <summary>Parses pattern text given as UTF-8.</summary>
    public static ParseResult<EventPattern> Parse(ReadOnlySpan<byte> utf8)
    {
        if (!Utf8.IsValid(utf8))
        {
            return Failure("Invalid UTF-8 in the pattern text");
        }

        try
        {
            return ParseResult<EventPattern>.Success(Compile(utf8, orIsOperator: true));
        }
        catch (PatternError e) when (e.IsLimit)
        {
            return Failure(e.Reason);
        }
        catch (PatternError)
        {
            try
            {
                return ParseResult<EventPattern>.Success(Compile(utf8, orIsOperator: false));
            }
            catch (PatternError legacy)
            {
                return Failure(legacy.Reason);
            }
        }
    }

    private static ParseResult<EventPattern> Failure(string reason) =>
        ParseResult<EventPattern>.Failure(Diagnostic.Error(ErrorCode, ErrorPrefix + reason));

    private static EventPattern Compile(ReadOnlySpan<byte> utf8, bool orIsOperator)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        var compiler = new Compiler(orIsOperator);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new PatternError("Filter is not an object");
            }

            var rules = new List<Dictionary<string, List<ValueMatcher>>>();
            compiler.ParseObject(ref reader, rules, [], insideOr: false);
            var pattern = new EventPattern([.. rules.Select(r => new PatternBranch([.. r.Select(kv => new FieldCondition(kv.Key, kv.Value))]))]);
            CheckComplexity(pattern);
            return pattern;
        }
        catch (JsonException e)
        {
            throw new PatternError(OneLine(e.Message));
        }
    }

    private static void CheckComplexity(EventPattern pattern)
    {
        foreach (var matcher in pattern.Branches.SelectMany(b => b.Conditions).SelectMany(c => c.Matchers).OfType<WildcardMatcher>().Distinct())
        {
            if (matcher.Pattern.Complexity(WildcardPattern.MaxComplexity + 1) > WildcardPattern.MaxComplexity)
            {
                throw new PatternError("Rule is too complex - try using fewer wildcard characters or fewer repeating character sequences after a wildcard character");
            }
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    private sealed class Compiler(bool orIsOperator)
    {
        private static readonly HashSet<string> ReservedInOr = new(StringComparer.Ordinal)
        {
            "exactly", "equals-ignore-case", "prefix", "suffix", "anything-but", "exists", "wildcard", "numeric", "cidr",
            "=", "<", "<=", ">", ">=", "regex", "not-wildcard", "not-equals-ignore-case", "date-after", "date-on-or-after",
            "date-before", "date-on-or-before", "in-date-range", "ip-address-in-range", "ip-address-not-in-range",
        };

        public void ParseObject(ref Utf8JsonReader reader, List<Dictionary<string, List<ValueMatcher>>> rules, List<string> path, bool insideOr)
        {
            var fieldsPresent = false;
            while (Next(ref reader) != JsonTokenType.EndObject)
            {
                fieldsPresent = true;
                var name = reader.GetString()!;
                if (orIsOperator && name == "$or")
                {
                    ParseOr(ref reader, rules, path);
                    continue;
                }

                if (insideOr && ReservedInOr.Contains(name))
                {
                    throw new PatternError($"{name} is Ruler reserved fieldName which cannot be used inside $or.");
                }

                switch (Next(ref reader))
                {
                    case JsonTokenType.StartObject:
                        path.Add(name);
                        ParseObject(ref reader, rules, path, insideOr);
                        path.RemoveAt(path.Count - 1);
                        break;
                    case JsonTokenType.StartArray:
                        WriteRules(ref reader, rules, string.Join('.', [.. path, name]));
                        break;
                    default:
                        throw new PatternError($"\"{name}\" must be an object or an array");
                }
            }

            if (!fieldsPresent)
            {
                throw new PatternError("Empty objects are not allowed");
            }
        }

        private void ParseOr(ref Utf8JsonReader reader, List<Dictionary<string, List<ValueMatcher>>> rules, List<string> path)
        {
            var current = rules.Select(r => new Dictionary<string, List<ValueMatcher>>(r, StringComparer.Ordinal)).ToList();
            rules.Clear();
            if (Next(ref reader) != JsonTokenType.StartArray)
            {
                throw new PatternError("It must be an Array followed with $or.");
            }

            var count = 0;
            JsonTokenType token;
            while ((token = Next(ref reader)) != JsonTokenType.EndArray)
            {
                count++;
                if (token != JsonTokenType.StartObject)
                {
                    throw new PatternError("Only JSON object is allowed in array of $or relationship.");
                }

                var branch = current.Select(r => new Dictionary<string, List<ValueMatcher>>(r, StringComparer.Ordinal)).ToList();
                if (branch.Count == 0)
                {
                    branch.Add(new(StringComparer.Ordinal));
                }

                ParseObject(ref reader, branch, path, insideOr: true);
                rules.AddRange(branch);
                if (rules.Count > MaxCombinations)
                {
                    throw new PatternError($"Event pattern contains more than {MaxCombinations} rule combinations", isLimit: true);
                }
            }

            if (count < 2)
            {
                throw new PatternError("There must have at least 2 Objects in $or relationship.");
            }
        }

        private static void WriteRules(ref Utf8JsonReader reader, List<Dictionary<string, List<ValueMatcher>>> rules, string name)
        {
            var values = new List<ValueMatcher>();
            JsonTokenType token;
            while ((token = Next(ref reader)) != JsonTokenType.EndArray)
            {
                switch (token)
                {
                    case JsonTokenType.StartObject:
                        values.Add(MatchExpressionParser.Parse(ref reader));
                        break;
                    case JsonTokenType.String:
                        values.Add(ExactString(reader.GetString()!));
                        break;
                    case JsonTokenType.Number:
                        values.Add(new ExactNumberMatcher(Text(ref reader)));
                        break;
                    case JsonTokenType.True:
                        values.Add(new LiteralMatcher(ScalarKind.True));
                        break;
                    case JsonTokenType.False:
                        values.Add(new LiteralMatcher(ScalarKind.False));
                        break;
                    case JsonTokenType.Null:
                        values.Add(new LiteralMatcher(ScalarKind.Null));
                        break;
                    default:
                        throw new PatternError("Match value must be String, number, true, false, or null");
                }
            }

            if (values.Count == 0)
            {
                throw new PatternError("Empty arrays are not allowed");
            }

            if (rules.Count == 0)
            {
                rules.Add(new(StringComparer.Ordinal));
            }

            foreach (var rule in rules)
            {
                rule[name] = values;
            }
        }

        private static ValueMatcher ExactString(string text) =>
            IpAddressText.TryParse(text, out var ip) ? new IpRangeMatcher(ip, ip, "exact") : new ExactStringMatcher(text);
    }

    /// <summary>Reads the next token; the end of the text is a parse error.</summary>
    internal static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new PatternError("Unexpected end-of-input");

    /// <summary>The current token's text as Jackson's <c>getText()</c> gives it.</summary>
    internal static string Text(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String or JsonTokenType.PropertyName => reader.GetString()!,
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "{",
        JsonTokenType.EndObject => "}",
        JsonTokenType.StartArray => "[",
        JsonTokenType.EndArray => "]",
        _ => string.Empty,
    };
}
