using System.Text.Json;

namespace Rampart.Iam.Reference;

/// <summary>Policy elements that are "a string or an array of strings" (IAM User Guide › Grammar of the IAM JSON policy language).</summary>
internal static class JsonStrings
{
    /// <summary>The strings of an element already validated as a string or an array of strings.</summary>
    public static IEnumerable<string> Of(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray().Select(e => e.GetString()!)
            : [element.GetString()!];
}
