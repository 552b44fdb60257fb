using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Rampart.Core;

namespace Rampart.Events.Matching;

/// <summary>
/// Turns an event (a JSON object, UTF-8) into its leaves, as AWS flattens it: keys joined with
/// <c>.</c>, every element of an array a value of the array's path, empty objects and arrays no
/// value at all, duplicate keys kept. Each leaf records its array membership (see
/// <see cref="ArrayConsistency"/>). The simple, allocating half of the reference matcher.
/// </summary>
public static class EventFlattener
{
    /// <summary>Diagnostic code for an event that is not a JSON object.</summary>
    public const string ErrorCode = "events.event";

    /// <summary>The deepest nesting of JSON accepted in an event.</summary>
    public const int MaxDepth = 512;

    /// <summary>Flattens <paramref name="utf8"/>; bad JSON, bad UTF-8 or a non-object is a failure.</summary>
    public static ParseResult<IReadOnlyList<EventField>> Flatten(ReadOnlySpan<byte> utf8)
    {
        if (EventText.Validate(utf8) is { } problem)
        {
            return ParseResult<IReadOnlyList<EventField>>.Failure(Diagnostic.Error(ErrorCode, problem));
        }

        var fields = new List<EventField>();
        var reader = new Utf8JsonReader(utf8, EventText.ReaderOptions);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return ParseResult<IReadOnlyList<EventField>>.Failure(Diagnostic.Error(ErrorCode, EventText.NotAnObject));
            }

            var walk = new Walk(fields);
            walk.Object(ref reader, []);
        }
        catch (JsonException e)
        {
            return ParseResult<IReadOnlyList<EventField>>.Failure(Diagnostic.Error(ErrorCode, EventText.InvalidJson(e)));
        }
        catch (InvalidOperationException e)
        {
            return ParseResult<IReadOnlyList<EventField>>.Failure(Diagnostic.Error(ErrorCode, $"event is not valid JSON: {e.Message}"));
        }

        return ParseResult<IReadOnlyList<EventField>>.Success(fields);
    }

    private sealed class Walk(List<EventField> fields)
    {
        private readonly List<int> _membership = [];
        private int _arrays;

        public void Object(ref Utf8JsonReader reader, List<string> path)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                path.Add(reader.GetString()!);
                reader.Read();
                Value(ref reader, path);
                path.RemoveAt(path.Count - 1);
            }
        }

        private void Value(ref Utf8JsonReader reader, List<string> path)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    Object(ref reader, path);
                    break;
                case JsonTokenType.StartArray:
                    ArrayValue(ref reader, path);
                    break;
                default:
                    fields.Add(Leaf(ref reader, string.Join('.', path)));
                    break;
            }
        }

        private void ArrayValue(ref Utf8JsonReader reader, List<string> path)
        {
            var id = _arrays++;
            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    _membership.Add(id);
                    _membership.Add(index);
                    Value(ref reader, path);
                    _membership.RemoveRange(_membership.Count - 2, 2);
                }
                else
                {
                    Value(ref reader, path);
                }

                index++;
            }
        }

        private EventField Leaf(ref Utf8JsonReader reader, string path)
        {
            var membership = _membership.ToArray();
            return reader.TokenType switch
            {
                JsonTokenType.String => new(path, ScalarKind.String, Encoding.UTF8.GetBytes(reader.GetString()!), double.NaN, membership),
                JsonTokenType.Number => new(path, ScalarKind.Number, reader.ValueSpan.ToArray(), JsonNumber.ComparableOrNaN(reader.ValueSpan), membership),
                JsonTokenType.True => new(path, ScalarKind.True, "true"u8.ToArray(), double.NaN, membership),
                JsonTokenType.False => new(path, ScalarKind.False, "false"u8.ToArray(), double.NaN, membership),
                _ => new(path, ScalarKind.Null, "null"u8.ToArray(), double.NaN, membership),
            };
        }
    }
}

/// <summary>What the event readers share: options and the wording of their errors.</summary>
internal static class EventText
{
    public const string NotAnObject = "event must be a JSON object";

    public static JsonReaderOptions ReaderOptions { get; } = new() { MaxDepth = EventFlattener.MaxDepth };

    public static string? Validate(ReadOnlySpan<byte> utf8)
    {
        if (Utf8.IsValid(utf8))
        {
            return null;
        }

        var valid = 0;
        while (valid < utf8.Length && System.Text.Rune.DecodeFromUtf8(utf8[valid..], out _, out var length) == System.Buffers.OperationStatus.Done)
        {
            valid += length;
        }

        return $"event is not valid UTF-8 (bad byte at offset {valid})";
    }

    public static string InvalidJson(JsonException e) => $"event is not valid JSON: {e.Message.ReplaceLineEndings(" ").Trim()}";
}
