using System.Text.Json;
using Rampart.Testing;

namespace Rampart.Iam.Tests.Conformance;

/// <summary>
/// The named cases of conformance/iam/*.jsonl (this repository's corpus), one per test, shown as
/// <c>file › id</c>. A case expects a decision or an error.
/// </summary>
public static class NamedCases
{
    /// <summary>Rows: display name, line.</summary>
    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        var folder = RepositoryPaths.RepoFile("conformance", "iam");
        if (!Directory.Exists(folder))
        {
            return data;
        }

        foreach (var file in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                var id = json.RootElement.TryGetProperty("id", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : "(no id)";
                data.Add($"{Path.GetFileName(file)} › {id}", line);
            }
        }

        return data;
    }
}
