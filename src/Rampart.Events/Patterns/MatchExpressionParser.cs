using System.Text.Json;
using Rampart.Events.Matching;
using static Rampart.Events.EventPatternParser;

namespace Rampart.Events.Patterns;

/// <summary>
/// Parses one <c>{ "operator": operand }</c> entry of a value list (the reader is just inside its
/// <c>{</c>), checking in the order AWS checks and failing with AWS's reason text.
/// </summary>
internal static class MatchExpressionParser
{
    private const string OnlyOneKey = "Only one key allowed in match expression";
    private const string TooManyNumeric = "Too many elements in numeric expression";

    public static ValueMatcher Parse(ref Utf8JsonReader reader)
    {
        if (Next(ref reader) != JsonTokenType.PropertyName)
        {
            throw new PatternError("Match expression name not found");
        }

        var name = reader.GetString()!;
        switch (name)
        {
            case "exactly":
                return Close(ref reader, new ExactStringMatcher(RequireString(ref reader, "exact match pattern must be a string")));
            case "prefix":
            case "suffix":
                return Affix(ref reader, name);
            case "equals-ignore-case":
                return Close(ref reader, new AffixMatcher(AffixKind.Whole, RequireString(ref reader, "equals-ignore-case match pattern must be a string"), ignoreCase: true));
            case "wildcard":
                return Close(ref reader, new WildcardMatcher(Wildcard(RequireString(ref reader, "wildcard match pattern must be a string"))));
            case "cidr":
                return Close(ref reader, Cidr.Parse(RequireString(ref reader, "prefix match pattern must be a string")));
            case "exists":
                return Exists(ref reader);
            case "numeric":
                return Numeric(ref reader);
            case "anything-but":
                return AnythingButParser.Parse(ref reader);
            default:
                throw new PatternError($"Unrecognized match type {name}");
        }
    }

    /// <summary>Parses a wildcard operand, failing with AWS's reason.</summary>
    public static WildcardPattern Wildcard(string text) =>
        WildcardPattern.TryParse(text, out var pattern, out var reason) ? pattern : throw new PatternError(reason!);

    /// <summary>A number operand that numeric comparisons can use, else AWS's complaint.</summary>
    public static double Comparable(string text) =>
        JsonNumber.TryComparable(text, out var value) ? value : throw new PatternError($"Cannot compare number : {text}");

    private static string RequireString(ref Utf8JsonReader reader, string message) =>
        Next(ref reader) == JsonTokenType.String ? reader.GetString()! : throw new PatternError(message);

    private static ValueMatcher Close(ref Utf8JsonReader reader, ValueMatcher matcher) =>
        Next(ref reader) == JsonTokenType.EndObject ? matcher : throw new PatternError(OnlyOneKey);

    private static ValueMatcher Affix(ref Utf8JsonReader reader, string name)
    {
        var kind = name == "prefix" ? AffixKind.Prefix : AffixKind.Suffix;
        var token = Next(ref reader);
        if (token == JsonTokenType.StartObject)
        {
            var title = name == "prefix" ? "Prefix" : "Suffix";
            if (Next(ref reader) != JsonTokenType.PropertyName)
            {
                throw new PatternError($"{title} expression name not found");
            }

            var op = reader.GetString()!;
            if (op != "equals-ignore-case")
            {
                throw new PatternError($"Unsupported {name} pattern: {op}");
            }

            var text = RequireString(ref reader, "equals-ignore-case match pattern must be a string");
            _ = Close(ref reader, new ExistsMatcher(true));
            return Close(ref reader, new AffixMatcher(kind, text, ignoreCase: true));
        }

        if (token != JsonTokenType.String)
        {
            throw new PatternError($"{name} match pattern must be a string");
        }

        return Close(ref reader, new AffixMatcher(kind, reader.GetString()!, ignoreCase: false));
    }

    private static ValueMatcher Exists(ref Utf8JsonReader reader) => Next(ref reader) switch
    {
        JsonTokenType.True => Close(ref reader, new ExistsMatcher(true)),
        JsonTokenType.False => Close(ref reader, new ExistsMatcher(false)),
        _ => throw new PatternError("exists match pattern must be either true or false."),
    };

    private static ValueMatcher Numeric(ref Utf8JsonReader reader)
    {
        if (Next(ref reader) != JsonTokenType.StartArray)
        {
            throw new PatternError("Value of numeric must be an array.");
        }

        var range = NumericRange(ref reader);
        return Next(ref reader) == JsonTokenType.EndObject ? range : throw new PatternError(TooManyNumeric);
    }

    private static NumericRangeMatcher NumericRange(ref Utf8JsonReader reader)
    {
        if (Next(ref reader) != JsonTokenType.String)
        {
            throw new PatternError($"Invalid member in numeric match: {Text(ref reader)}");
        }

        var op = reader.GetString()!;
        var token = Next(ref reader);
        var display = op == "=" ? "equals" : op;
        if (op is not ("=" or ">=" or ">" or "<=" or "<"))
        {
            throw new PatternError($"Unrecognized numeric range operator: {op}");
        }

        if (token != JsonTokenType.Number)
        {
            throw new PatternError($"Value of {display} must be numeric");
        }

        var text = Text(ref reader);
        token = Next(ref reader);
        if (op is ">" or ">=" && token != JsonTokenType.EndArray)
        {
            return CompleteRange(ref reader, text, op == ">");
        }

        if (token != JsonTokenType.EndArray)
        {
            throw new PatternError(TooManyNumeric);
        }

        var value = Comparable(text);
        return op switch
        {
            "=" => new NumericRangeMatcher(value, false, value, false),
            ">" => new NumericRangeMatcher(value, true, double.PositiveInfinity, false),
            ">=" => new NumericRangeMatcher(value, false, double.PositiveInfinity, false),
            "<" => new NumericRangeMatcher(double.NegativeInfinity, false, value, true),
            _ => new NumericRangeMatcher(double.NegativeInfinity, false, value, false),
        };
    }

    private static NumericRangeMatcher CompleteRange(ref Utf8JsonReader reader, string bottom, bool openBottom)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new PatternError($"Bad value in numeric range: {Text(ref reader)}");
        }

        var op = reader.GetString()!;
        if (op is not ("<" or "<="))
        {
            throw new PatternError($"Bad numeric range operator: {op}");
        }

        if (Next(ref reader) != JsonTokenType.Number)
        {
            throw new PatternError($"Value of {op} must be numeric");
        }

        var top = Text(ref reader);
        if (Next(ref reader) != JsonTokenType.EndArray)
        {
            throw new PatternError("Too many terms in numeric range expression");
        }

        var low = Comparable(bottom);
        var high = Comparable(top);
        if (!(low < high))
        {
            throw new PatternError("Bottom must be less than top");
        }

        return new NumericRangeMatcher(low, openBottom, high, op == "<");
    }
}
