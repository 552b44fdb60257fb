using System.Text.Json;

namespace Rampart.Iam.Reference;

/// <summary>
/// A validated policy document. Policy variables work only with <c>"Version": "2012-10-17"</c>; a
/// policy without <c>Version</c> is read as 2008-10-17 (IAM User Guide › Policy elements: Version).
/// </summary>
internal sealed record Policy(JsonElement Document)
{
    public bool VariablesEnabled =>
        Document.TryGetProperty("Version", out var version) && version.GetString() == "2012-10-17";

    public IEnumerable<JsonElement> Statements
    {
        get
        {
            var statements = Document.GetProperty("Statement");
            return statements.ValueKind == JsonValueKind.Array ? statements.EnumerateArray() : [statements];
        }
    }
}
