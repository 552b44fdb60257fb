using System.Text.Json;
using Rampart.Iam.Authorization;
using Rampart.Iam.Policies;
using Rampart.Iam.Requests;

namespace Rampart.Iam.Sts.Flows;

/// <summary>
/// Runs the session-flow cases of one file (conformance/iam/sessions/README.md): each case starts
/// from the file's setup on its own clock and runs its steps — GetSessionToken, AssumeRole,
/// Authorize, RevokeOlderSessions, advancing the clock — comparing each result with what the case
/// expects. <c>"TokenCode": "@totp"</c> stands for the device's real current code.
/// </summary>
public static class SessionFlowRunner
{
    /// <summary>Every step's outcome, in order. A file that cannot be read gives one failed outcome saying why.</summary>
    public static IReadOnlyList<FlowStepOutcome> Run(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var (users, directory) = SessionFlowSetup.Read(document.RootElement.GetProperty("setup"));
            return [.. document.RootElement.GetProperty("cases").EnumerateArray().SelectMany(c => RunCase(c, users, directory()))];
        }
        catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            return [new FlowStepOutcome("(file)", 0, false, string.Empty, $"cannot read the flow: {e.Message}")];
        }
    }

    private static List<FlowStepOutcome> RunCase(JsonElement json, Dictionary<string, IamUser> users, StsDirectory directory)
    {
        var name = json.GetProperty("name").GetString()!;
        var clock = new ManualClock(DateTimeOffset.Parse(json.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        var sts = new SecurityTokenService(directory, clock, new Random(20261129));
        var saved = users.ToDictionary(u => u.Key, u => SecurityTokenService.AccessKey(u.Value, "AKIA" + u.Value.UserId[4..]), StringComparer.Ordinal);
        var outcomes = new List<FlowStepOutcome>();
        var index = 0;
        foreach (var step in json.GetProperty("steps").EnumerateArray())
        {
            var (actual, produced) = RunStep(step, sts, clock, directory, saved);
            if (produced is not null && step.TryGetProperty("save", out var save))
            {
                saved[save.GetString()!] = produced;
            }

            var mismatch = step.TryGetProperty("expect", out var expect) ? Compare(expect, actual) : null;
            outcomes.Add(new FlowStepOutcome(name, index++, mismatch is null, JsonSerializer.Serialize(actual, FlowJson.Default.DictionaryStringString), mismatch));
        }

        return outcomes;
    }

    private static (Dictionary<string, string> Actual, StsCredentials? Produced) RunStep(
        JsonElement step, SecurityTokenService sts, ManualClock clock, StsDirectory directory, Dictionary<string, StsCredentials> saved)
    {
        if (step.TryGetProperty("advance", out var seconds))
        {
            clock.Advance(TimeSpan.FromSeconds(seconds.GetInt32()));
            return (new() { ["now"] = CallerContext.Iso(clock.GetUtcNow()) }, null);
        }

        var call = step.GetProperty("call").GetString();
        if (call == "RevokeOlderSessions")
        {
            var role = directory.FindRole(step.GetProperty("role").GetString()!) ?? throw new KeyNotFoundException("no such role in the setup");
            sts.RevokeOlderSessions(role);
            return (new() { ["revokedBefore"] = CallerContext.Iso(clock.GetUtcNow()) }, null);
        }

        var caller = saved[step.GetProperty("as").GetString()!];
        var request = step.TryGetProperty("request", out var r) ? r : default;
        return call switch
        {
            "GetSessionToken" => Credentials(sts.GetSessionToken(caller, Int(request, "DurationSeconds"), Str(request, "SerialNumber"), Code(request, caller, clock))),
            "AssumeRole" => Credentials(sts.AssumeRole(caller, AssumeRole(request, caller, clock))),
            "Authorize" => (Decision(sts.Authorize(
                caller,
                request.GetProperty("action").GetString()!,
                request.GetProperty("resource").GetString()!,
                Str(request, "resourceAccount"),
                request.TryGetProperty("resourcePolicy", out var policy) ? SessionFlowSetup.Policy(policy, PolicyType.Resource) : null,
                Context(request))), null),
            _ => throw new FormatException($"unknown call `{call}`"),
        };
    }

    private static AssumeRoleRequest AssumeRole(JsonElement request, StsCredentials caller, ManualClock clock) => new()
    {
        RoleArn = request.GetProperty("RoleArn").GetString()!,
        RoleSessionName = request.GetProperty("RoleSessionName").GetString()!,
        DurationSeconds = Int(request, "DurationSeconds"),
        Policy = request.TryGetProperty("Policy", out var policy) ? policy.GetRawText() : null,
        Tags = request.TryGetProperty("Tags", out var tags)
            ? [.. tags.EnumerateArray().Select(t => KeyValuePair.Create(t.GetProperty("Key").GetString()!, t.GetProperty("Value").GetString()!))]
            : [],
        TransitiveTagKeys = request.TryGetProperty("TransitiveTagKeys", out var keys) ? [.. keys.EnumerateArray().Select(k => k.GetString()!)] : [],
        ExternalId = Str(request, "ExternalId"),
        SerialNumber = Str(request, "SerialNumber"),
        TokenCode = Code(request, caller, clock),
        SourceIdentity = Str(request, "SourceIdentity"),
    };

    private static (Dictionary<string, string>, StsCredentials?) Credentials(StsResult<StsCredentials> result)
    {
        if (!result.Succeeded)
        {
            return (Error(result.Error), null);
        }

        var session = result.Value;
        var actual = new Dictionary<string, string>
        {
            ["arn"] = session.PrincipalArn,
            ["userId"] = session.UserId,
            ["expiration"] = CallerContext.Iso(session.Expiration!.Value),
            ["mfa"] = session.MfaAuthenticatedAt is null ? "false" : "true",
        };
        foreach (var (key, value) in session.PrincipalTags)
        {
            actual[$"tag:{key}"] = value;
        }

        if (session.SourceIdentity is { } source)
        {
            actual["sourceIdentity"] = source;
        }

        return (actual, session);
    }

    private static Dictionary<string, string> Decision(StsResult<AuthorizationResult> result) =>
        result.Succeeded ? new() { ["decision"] = result.Value.Decision.ToString() } : Error(result.Error);

    private static Dictionary<string, string> Error(StsError error) => new() { ["error.code"] = error.Code, ["error.message"] = error.Message };

    private static string? Compare(JsonElement expect, Dictionary<string, string> actual)
    {
        var differences = new List<string>();
        foreach (var property in Flatten(expect))
        {
            var got = actual.GetValueOrDefault(property.Key);
            if (got != property.Value)
            {
                differences.Add($"{property.Key}: expected `{property.Value}`, got `{got ?? "(absent)"}`");
            }
        }

        return differences.Count == 0 ? null : string.Join("; ", differences);
    }

    private static IEnumerable<KeyValuePair<string, string>> Flatten(JsonElement expect)
    {
        foreach (var property in expect.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                var prefix = property.Name == "tags" ? "tag:" : property.Name + ".";
                foreach (var inner in property.Value.EnumerateObject())
                {
                    yield return KeyValuePair.Create(prefix + inner.Name, inner.Value.GetString()!);
                }
            }
            else
            {
                yield return KeyValuePair.Create(property.Name, property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText());
            }
        }
    }

    private static RequestContext? Context(JsonElement request)
    {
        if (!request.TryGetProperty("context", out var json))
        {
            return null;
        }

        var context = new RequestContext();
        foreach (var property in json.EnumerateObject())
        {
            context.With(property.Name, property.Value.ValueKind == JsonValueKind.Array
                ? ContextValue.Of([.. property.Value.EnumerateArray().Select(v => v.GetString()!)])
                : ContextValue.Of(property.Value.GetString()!));
        }

        return context;
    }

    private static string? Code(JsonElement request, StsCredentials caller, ManualClock clock) => Str(request, "TokenCode") switch
    {
        "@totp" => Totp.Code(caller.User!.MfaDevices.Single(d => d.SerialNumber == Str(request, "SerialNumber")).Seed, clock.GetUtcNow()),
        var code => code,
    };

    private static string? Str(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static int? Int(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value) ? value.GetInt32() : null;
}
