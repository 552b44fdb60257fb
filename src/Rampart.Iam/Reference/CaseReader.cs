using System.Text.Json;

namespace Rampart.Iam.Reference;

/// <summary>
/// Reads one case of the eval format (shared/specs/iam-eval-format.md) from its parsed JSON, checking
/// every field and every policy document. Returns the first problem as a one-line message with its
/// JSON pointer, or null and the case.
/// </summary>
internal static class CaseReader
{
    public static string? TryRead(JsonElement root, out EvaluationCase? result)
    {
        result = null;
        var id = root.GetProperty("id").GetString()!;
        if (!root.TryGetProperty("request", out var requestElement) || requestElement.ValueKind != JsonValueKind.Object)
        {
            return "case has no `request` object (at /request)";
        }

        var requestError = TryReadRequest(requestElement, out var request);
        if (requestError is not null)
        {
            return requestError;
        }

        if (!root.TryGetProperty("identityPolicies", out var identity) || identity.ValueKind != JsonValueKind.Array)
        {
            return "case has no `identityPolicies` array (at /identityPolicies)";
        }

        var identityPolicies = new List<Policy>();
        var boundaries = new List<Policy>();
        var scps = new List<IReadOnlyList<Policy>>();
        var rcps = new List<IReadOnlyList<Policy>>();
        Policy? resourcePolicy = null;
        Policy? sessionPolicy = null;
        var error = ReadList(identity, PolicyKind.Identity, "/identityPolicies", identityPolicies)
            ?? ReadOptional(root, "resourcePolicy", IsRole(request!.Resource) ? PolicyKind.Trust : PolicyKind.Resource, out resourcePolicy)
            ?? ReadOptionalList(root, "permissionBoundaries", PolicyKind.PermissionsBoundary, boundaries)
            ?? ReadOptional(root, "sessionPolicy", PolicyKind.Session, out sessionPolicy)
            ?? ReadLevels(root, "scps", PolicyKind.ServiceControl, scps)
            ?? ReadLevels(root, "rcps", PolicyKind.ResourceControl, rcps);
        if (error is not null)
        {
            return error;
        }

        if (boundaries.Count > 1)
        {
            return "a principal has at most one permissions boundary (at /permissionBoundaries)";
        }

        if (sessionPolicy is not null && request!.Caller.Kind == CallerKind.User)
        {
            return "a session policy needs a role-session or federated-user principal, not an IAM user (at /sessionPolicy)";
        }

        result = new EvaluationCase(id, request!, identityPolicies, resourcePolicy, boundaries, sessionPolicy, scps, rcps);
        return null;
    }

    private static bool IsRole(string resource) =>
        resource.Split(':', 6) is [_, _, "iam", _, _, var path] && path.StartsWith("role/", StringComparison.Ordinal);

    private static string? TryReadRequest(JsonElement element, out AuthorizationRequest? request)
    {
        request = null;
        string? Text(string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        var principal = Text("principal");
        var action = Text("action");
        var resource = Text("resource");
        if (principal is null || action is null || resource is null)
        {
            var missing = principal is null ? "principal" : action is null ? "action" : "resource";
            return $"request has no `{missing}` string (at /request/{missing})";
        }

        if (Caller.Parse(principal) is not { } caller)
        {
            return $"principal `{principal}` is not an IAM user, role session or federated user ARN (at /request/principal)";
        }

        var colon = action.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == action.Length - 1)
        {
            return $"action `{action}` is not `service:action` (at /request/action)";
        }

        var arnParts = resource.Split(':', 6);
        if (resource != "*" && (arnParts.Length != 6 || arnParts[0] != "arn"))
        {
            return $"resource `{resource}` is not an ARN or `*` (at /request/resource)";
        }

        var arnAccount = resource == "*" ? "" : arnParts[4];
        var resourceAccount = arnAccount.Length > 0 ? arnAccount : caller.Account;
        if (element.TryGetProperty("resourceAccount", out var given) && given.ValueKind != JsonValueKind.Null)
        {
            if (given.ValueKind != JsonValueKind.String || !Caller.IsAccountId(given.GetString()!))
            {
                return "resourceAccount must be a 12-digit account id (at /request/resourceAccount)";
            }

            if (arnAccount.Length > 0 && given.GetString() != arnAccount)
            {
                return $"resourceAccount `{given.GetString()}` differs from the account of `{resource}` (at /request/resourceAccount)";
            }

            resourceAccount = given.GetString()!;
        }

        var contextError = RequestContext.TryRead(element.TryGetProperty("context", out var context) ? context : null, out var requestContext);
        if (contextError is not null)
        {
            return contextError;
        }

        request = new AuthorizationRequest(caller, action, resource, resourceAccount, requestContext);
        return null;
    }

    private static string? ReadList(JsonElement array, PolicyKind kind, string pointer, List<Policy> into)
    {
        var index = 0;
        foreach (var document in array.EnumerateArray())
        {
            if (PolicyValidator.Validate(document, kind, $"{pointer}/{index++}") is { } error)
            {
                return error;
            }

            into.Add(new Policy(document));
        }

        return null;
    }

    private static string? ReadOptional(JsonElement root, string name, PolicyKind kind, out Policy? policy)
    {
        policy = null;
        if (!root.TryGetProperty(name, out var document) || document.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        policy = new Policy(document);
        return PolicyValidator.Validate(document, kind, $"/{name}");
    }

    private static string? ReadOptionalList(JsonElement root, string name, PolicyKind kind, List<Policy> into)
    {
        if (!root.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return array.ValueKind == JsonValueKind.Array ? ReadList(array, kind, $"/{name}", into) : $"`{name}` must be an array of policies (at /{name})";
    }

    private static string? ReadLevels(JsonElement root, string name, PolicyKind kind, List<IReadOnlyList<Policy>> into)
    {
        if (!root.TryGetProperty(name, out var levels) || levels.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (levels.ValueKind != JsonValueKind.Array)
        {
            return $"`{name}` must be an array of levels (at /{name})";
        }

        var index = 0;
        foreach (var level in levels.EnumerateArray())
        {
            var pointer = $"/{name}/{index++}";
            if (level.ValueKind != JsonValueKind.Array)
            {
                return $"each level of `{name}` must be an array of policies (at {pointer})";
            }

            var policies = new List<Policy>();
            if (ReadList(level, kind, pointer, policies) is { } error)
            {
                return error;
            }

            into.Add(policies);
        }

        return null;
    }
}
