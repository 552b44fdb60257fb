using System.Text.Json;
using Rampart.Testing;

namespace Rampart.Iam.Tests.Conformance;

/// <summary>
/// The cases of shared/conformance/iam/recorded-300.jsonl, one per test, shown as
/// <c>recorded-300.jsonl › ID</c>. Yields nothing when shared/ is absent.
/// </summary>
public static class RecordedCases
{
    /// <summary>The file name.</summary>
    public const string FileName = "recorded-300.jsonl";

    private const string Federated = "a federated user without a session policy has no permissions from identity-based policies (IAM User Guide, \"Permissions for GetFederationToken\"); nothing else allows";

    /// <summary>
    /// Cases whose recorded decision contradicts AWS's documentation: id → (AWS's decision, why).
    /// See docs/iam.md, "Where the recorded cases and AWS differ".
    /// </summary>
    public static IReadOnlyDictionary<string, (string Decision, string Why)> Overrides { get; } = new Dictionary<string, (string, string)>
    {
        ["s1-00126"] = ("ImplicitDeny", Federated),
        ["s1-00153"] = ("ImplicitDeny", Federated),
        ["s1-00173"] = ("ImplicitDeny", Federated),
        ["s1-00189"] = ("ImplicitDeny", Federated),
        ["s1-00222"] = ("ImplicitDeny", Federated),
        ["s1-00249"] = ("ImplicitDeny", "`0.0.0.0/0` contains every IPv4 address (RFC 4632), so `NotIpAddress` is false for 10.1.77.31 and nothing allows; the recording treated /0 as /32"),
        ["s1-00251"] = ("ExplicitDeny", "NotPrincipal [role/admin, account root] does not exempt user carol: AWS checks the account, then the user, and every link must be listed (IAM User Guide, NotPrincipal, \"all principals except the user named Bob ... are explicitly denied\")"),
        ["s1-00282"] = ("ExplicitDeny", "NotPrincipal [role/admin, account root] does not exempt user bob (same rule as s1-00251); the Deny kms:* applies"),
    };

    /// <summary>Rows: display name, line.</summary>
    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        var path = RepositoryPaths.SharedFile("conformance", "iam", FileName);
        if (!File.Exists(path))
        {
            return data;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            data.Add($"{FileName} › {json.RootElement.GetProperty("id").GetString()}", line);
        }

        return data;
    }

    /// <summary>The expected decision of a line, after overrides.</summary>
    public static string Expected(string line)
    {
        using var json = JsonDocument.Parse(line);
        var id = json.RootElement.GetProperty("id").GetString()!;
        return Overrides.TryGetValue(id, out var aws) ? aws.Decision : json.RootElement.GetProperty("expected").GetProperty("decision").GetString()!;
    }
}
