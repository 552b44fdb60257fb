using System.Text.Json;
using Rampart.Testing;

namespace Rampart.Iam.Tests.Reference;

/// <summary>
/// The named cases of conformance/iam/*.jsonl and the recorded cases of
/// shared/conformance/iam/recorded-300.jsonl, one row per case, shown as <c>file › id</c>.
/// </summary>
public static class CorpusCases
{
    /// <summary>The recorded cases' file name.</summary>
    public const string RecordedFile = "recorded-300.jsonl";

    /// <summary>
    /// Recorded cases whose decision contradicts AWS's documentation: id → (AWS's decision, why).
    /// conformance/iam/README.md lists them with the documentation.
    /// </summary>
    public static IReadOnlyDictionary<string, (string Decision, string Why)> RecordedContradictions { get; } = new Dictionary<string, (string, string)>
    {
        ["s1-00126"] = ("ImplicitDeny", "a federated-user session without a session policy has no permissions (Policy evaluation logic › Session policies; STS API Reference › GetFederationToken)"),
        ["s1-00153"] = ("ImplicitDeny", "a federated-user session without a session policy has no permissions"),
        ["s1-00173"] = ("ImplicitDeny", "a federated-user session without a session policy has no permissions"),
        ["s1-00189"] = ("ImplicitDeny", "a federated-user session without a session policy has no permissions"),
        ["s1-00222"] = ("ImplicitDeny", "a federated-user session without a session policy has no permissions"),
        ["s1-00249"] = ("ImplicitDeny", "a federated-user session without a session policy has no permissions; and `NotIpAddress` with `0.0.0.0/0` is false for every IPv4 address"),
        ["s1-00251"] = ("ExplicitDeny", "NotPrincipal [role/admin, account root] does not exempt user carol: the user must be listed as well as the account (Policy elements: NotPrincipal › NotPrincipal with Deny)"),
        ["s1-00282"] = ("ExplicitDeny", "NotPrincipal [role/admin, account root] does not exempt user bob: the user must be listed as well as the account"),
    };

    /// <summary>Rows (display name, line) of every case in conformance/iam/*.jsonl.</summary>
    public static TheoryData<string, string> Named()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.RepoFile("conformance", "iam"), "*.jsonl").Order(StringComparer.Ordinal))
        {
            Add(data, file);
        }

        return data;
    }

    /// <summary>Rows (display name, line) of recorded-300; none when shared/ is absent.</summary>
    public static TheoryData<string, string> Recorded()
    {
        var data = new TheoryData<string, string>();
        var path = RepositoryPaths.SharedFile("conformance", "iam", RecordedFile);
        if (File.Exists(path))
        {
            Add(data, path);
        }

        return data;
    }

    /// <summary>The expected answer of a line: a decision, or null with <paramref name="expectsError"/> set.</summary>
    public static string? Expected(string line, out bool expectsError)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var expected = root.GetProperty("expected");
        expectsError = expected.TryGetProperty("error", out _);
        if (expectsError)
        {
            return null;
        }

        var id = root.GetProperty("id").GetString()!;
        return RecordedContradictions.TryGetValue(id, out var aws) && !root.TryGetProperty("doc", out _)
            ? aws.Decision
            : expected.GetProperty("decision").GetString();
    }

    private static void Add(TheoryData<string, string> data, string path)
    {
        var file = Path.GetFileName(path);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            data.Add($"{file} › {json.RootElement.GetProperty("id").GetString()}", line);
        }
    }
}
