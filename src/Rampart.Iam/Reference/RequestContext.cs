using System.Text.Json;

namespace Rampart.Iam.Reference;

/// <summary>
/// The request context of a case: condition-key name to value, with key names compared
/// case-insensitively ("condition key names are not case-sensitive", IAM User Guide › Policy
/// elements: Condition › The condition block). Nothing is derived from the principal or resource.
/// </summary>
internal sealed class RequestContext
{
    private readonly Dictionary<string, ContextValue> _values;

    private RequestContext(Dictionary<string, ContextValue> values) => _values = values;

    public ContextValue? Find(string key) => _values.GetValueOrDefault(key);

    /// <summary>Reads <c>request.context</c>; returns an error message for a malformed one.</summary>
    public static string? TryRead(JsonElement? context, out RequestContext result)
    {
        var values = new Dictionary<string, ContextValue>(StringComparer.OrdinalIgnoreCase);
        result = new RequestContext(values);
        if (context is not { } element || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return "request.context must be an object (at /request/context)";
        }

        foreach (var property in element.EnumerateObject())
        {
            var pointer = $"/request/context/{property.Name}";
            if (values.ContainsKey(property.Name))
            {
                return $"context key `{property.Name}` appears twice (at {pointer})";
            }

            switch (property.Value.ValueKind)
            {
                case JsonValueKind.String:
                    values[property.Name] = new ContextValue([property.Value.GetString()!], false);
                    break;
                case JsonValueKind.Array:
                    var list = new List<string>();
                    foreach (var item in property.Value.EnumerateArray())
                    {
                        if (item.ValueKind != JsonValueKind.String)
                        {
                            return $"context key `{property.Name}` must hold strings (at {pointer})";
                        }

                        list.Add(item.GetString()!);
                    }

                    values[property.Name] = new ContextValue(list, true);
                    break;
                default:
                    return $"context key `{property.Name}` must be a string or an array of strings (at {pointer})";
            }
        }

        return null;
    }
}
