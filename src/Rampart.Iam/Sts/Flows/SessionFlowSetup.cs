using System.Text.Json;
using Rampart.Iam.Organizations;
using Rampart.Iam.Policies;

namespace Rampart.Iam.Sts.Flows;

/// <summary>Reads the <c>setup</c> of a session-flow file: organization, users and roles.</summary>
public static class SessionFlowSetup
{
    /// <summary>The users by name, and a fresh directory with the roles (one per case: revocations change it).</summary>
    public static (Dictionary<string, IamUser> Users, Func<StsDirectory> Directory) Read(JsonElement setup)
    {
        var organization = setup.TryGetProperty("organization", out var org) ? ReadOrganization(org) : null;
        var users = setup.TryGetProperty("users", out var u)
            ? u.EnumerateArray().Select(ReadUser).ToDictionary(x => x.Name, StringComparer.Ordinal)
            : [];
        var roles = setup.TryGetProperty("roles", out var r) ? r.EnumerateArray().Select(ReadRole).ToList() : [];
        return (users, NewDirectory);

        StsDirectory NewDirectory()
        {
            var directory = new StsDirectory(organization);
            roles.ForEach(role => directory.Put(role));
            return directory;
        }
    }

    /// <summary>A policy document embedded in the flow.</summary>
    public static PolicyDocument Policy(JsonElement json, PolicyType type)
    {
        var parsed = PolicyParser.Parse(json.GetRawText(), type);
        return parsed.Succeeded ? parsed.Value : throw new FormatException($"invalid {type} policy in the flow setup: {parsed.FirstError!.Message}");
    }

    private static Organization ReadOrganization(JsonElement json) => new(
        json.GetProperty("management").GetString()!,
        json.GetProperty("nodes").EnumerateArray().Select(n => new OrganizationNode(
            n.GetProperty("id").GetString()!,
            n.TryGetProperty("parent", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null,
            Policies(n, "scps", PolicyType.ServiceControl),
            Policies(n, "rcps", PolicyType.ResourceControl))));

    private static IamUser ReadUser(JsonElement json) => new(
        json.GetProperty("arn").GetString()!,
        json.GetProperty("id").GetString()!,
        Policies(json, "policies", PolicyType.Identity),
        json.TryGetProperty("boundary", out var b) ? Policy(b, PolicyType.PermissionBoundary) : null,
        Tags(json),
        json.TryGetProperty("mfa", out var mfa)
            ? [.. mfa.EnumerateArray().Select(d => new MfaDevice(d.GetProperty("serial").GetString()!, Base32.Decode(d.GetProperty("seed").GetString()!)))]
            : []);

    private static IamRole ReadRole(JsonElement json) => new(
        json.GetProperty("arn").GetString()!,
        json.GetProperty("id").GetString()!,
        Policy(json.GetProperty("trust"), PolicyType.Trust),
        Policies(json, "policies", PolicyType.Identity),
        json.TryGetProperty("boundary", out var b) ? Policy(b, PolicyType.PermissionBoundary) : null,
        json.TryGetProperty("maxSessionDuration", out var max) ? max.GetInt32() : 3600,
        Tags(json));

    private static PolicyDocument[] Policies(JsonElement json, string name, PolicyType type) =>
        json.TryGetProperty(name, out var list) ? [.. list.EnumerateArray().Select(p => Policy(p, type))] : [];

    private static Dictionary<string, string> Tags(JsonElement json) =>
        json.TryGetProperty("tags", out var tags)
            ? tags.EnumerateObject().ToDictionary(t => t.Name, t => t.Value.GetString()!, StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
