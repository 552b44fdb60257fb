using System.Text.Json;
using static Rampart.Events.EventPatternParser;

namespace Rampart.Events.Patterns;

/// <summary>
/// Parses the operand of <c>anything-but</c> (the reader is on its name): a string, a number, a
/// list of strings or of numbers, or an object naming <c>equals-ignore-case</c>, <c>prefix</c>,
/// <c>suffix</c> or <c>wildcard</c> with a string or list of strings. AWS's reason text throughout.
/// </summary>
internal static class AnythingButParser
{
    private const string TooMany = "Too many elements in numeric expression";

    public static ValueMatcher Parse(ref Utf8JsonReader reader)
    {
        var kind = AnythingButKind.Strings;
        var nested = false;
        var token = Next(ref reader);
        if (token == JsonTokenType.StartObject)
        {
            if (Next(ref reader) != JsonTokenType.PropertyName)
            {
                throw new PatternError("Anything-But expression name not found");
            }

            var op = reader.GetString()!;
            kind = op switch
            {
                "equals-ignore-case" => AnythingButKind.EqualsIgnoreCase,
                "prefix" => AnythingButKind.Prefix,
                "suffix" => AnythingButKind.Suffix,
                "wildcard" => AnythingButKind.Wildcard,
                _ => throw new PatternError($"Unsupported anything-but pattern: {op}"),
            };
            nested = true;
            token = Next(ref reader);
        }

        if (token is not (JsonTokenType.StartArray or JsonTokenType.String or JsonTokenType.Number))
        {
            throw new PatternError("Value of anything-but must be an array or single string/number value.");
        }

        var matcher = nested ? Nested(ref reader, kind, token == JsonTokenType.StartArray) : Plain(ref reader, token == JsonTokenType.StartArray);
        if (Next(ref reader) != JsonTokenType.EndObject || (nested && Next(ref reader) != JsonTokenType.EndObject))
        {
            throw new PatternError(TooMany);
        }

        return matcher;
    }

    private static AnythingButMatcher Plain(ref Utf8JsonReader reader, bool list)
    {
        var strings = new List<ValueMatcher>();
        var numbers = new List<ValueMatcher>();
        if (!list)
        {
            Add(ref reader, strings, numbers, "Inside anything-but list, start|null|boolean is not supported.");
        }
        else
        {
            while (Next(ref reader) != JsonTokenType.EndArray)
            {
                Add(ref reader, strings, numbers, "Inside anything but list, start|null|boolean is not supported.");
            }

            if ((strings.Count > 0) == (numbers.Count > 0))
            {
                throw new PatternError("Inside anything but list, either all values are number or string, mixed type is not supported");
            }
        }

        return strings.Count > 0
            ? new AnythingButMatcher(AnythingButKind.Strings, strings)
            : new AnythingButMatcher(AnythingButKind.Numbers, numbers);
    }

    private static void Add(ref Utf8JsonReader reader, List<ValueMatcher> strings, List<ValueMatcher> numbers, string unsupported)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                strings.Add(new ExactStringMatcher(reader.GetString()!));
                break;
            case JsonTokenType.Number:
                var text = Text(ref reader);
                var value = MatchExpressionParser.Comparable(text);
                numbers.Add(new NumericRangeMatcher(value, false, value, false));
                break;
            default:
                throw new PatternError(unsupported);
        }
    }

    private static AnythingButMatcher Nested(ref Utf8JsonReader reader, AnythingButKind kind, bool list)
    {
        var excluded = new List<ValueMatcher>();
        if (!list)
        {
            excluded.Add(Entry(ref reader, kind));
        }
        else
        {
            while (Next(ref reader) != JsonTokenType.EndArray)
            {
                excluded.Add(Entry(ref reader, kind));
            }
        }

        return new AnythingButMatcher(kind, excluded);
    }

    private static ValueMatcher Entry(ref Utf8JsonReader reader, AnythingButKind kind)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new PatternError(kind switch
            {
                AnythingButKind.EqualsIgnoreCase => "Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.",
                AnythingButKind.Wildcard => "wildcard match pattern must be a string",
                _ => "prefix/suffix match pattern must be a string",
            });
        }

        var text = reader.GetString()!;
        if (kind is AnythingButKind.Prefix or AnythingButKind.Suffix && text.Length == 0)
        {
            throw new PatternError("Null prefix/suffix not allowed");
        }

        return kind switch
        {
            AnythingButKind.EqualsIgnoreCase => new AffixMatcher(AffixKind.Whole, text, ignoreCase: true),
            AnythingButKind.Prefix => new AffixMatcher(AffixKind.Prefix, text, ignoreCase: false),
            AnythingButKind.Suffix => new AffixMatcher(AffixKind.Suffix, text, ignoreCase: false),
            _ => new WildcardMatcher(MatchExpressionParser.Wildcard(text)),
        };
    }
}
