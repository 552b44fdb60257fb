using System.Text.Json;

namespace Rampart.Iam.Reference;

/// <summary>
/// Checks that a policy document is one IAM (or Organizations) would accept for its type, following
/// IAM User Guide › IAM JSON policy element reference and › Grammar of the IAM JSON policy language,
/// and AWS Organizations User Guide › SCP syntax / RCP syntax. Returns the first problem, with its
/// JSON pointer, or null. Only what the evaluator relies on is checked: this is not the linter.
/// </summary>
internal static class PolicyValidator
{
    private static readonly HashSet<string> StatementElements =
        ["Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition"];

    private static readonly HashSet<string> PrincipalTypes = ["AWS", "Service", "Federated", "CanonicalUser"];

    public static string? Validate(JsonElement policy, PolicyKind kind, string pointer)
    {
        if (policy.ValueKind != JsonValueKind.Object)
        {
            return $"policy document must be a JSON object (at {pointer})";
        }

        foreach (var property in policy.EnumerateObject())
        {
            if (property.Name is not ("Version" or "Id" or "Statement"))
            {
                return $"unknown policy element `{property.Name}` (at {pointer}/{property.Name})";
            }
        }

        if (policy.TryGetProperty("Version", out var version)
            && !(version.ValueKind == JsonValueKind.String && version.GetString() is "2012-10-17" or "2008-10-17"))
        {
            return $"policy version must be `2012-10-17` or `2008-10-17` (at {pointer}/Version)";
        }

        var variablesEnabled = new Policy(policy).VariablesEnabled;
        if (!policy.TryGetProperty("Statement", out var statements))
        {
            return $"policy has no `Statement` (at {pointer})";
        }

        if (statements.ValueKind == JsonValueKind.Object)
        {
            return ValidateStatement(statements, kind, variablesEnabled, $"{pointer}/Statement");
        }

        if (statements.ValueKind != JsonValueKind.Array)
        {
            return $"`Statement` must be an object or an array of objects (at {pointer}/Statement)";
        }

        if (statements.GetArrayLength() == 0)
        {
            // "Missing statement: Add a statement to your policy" (IAM User Guide › Access Analyzer policy check reference).
            return $"`Statement` is empty (at {pointer}/Statement)";
        }

        var index = 0;
        var sids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var statement in statements.EnumerateArray())
        {
            var statementPointer = $"{pointer}/Statement/{index++}";
            if (ValidateStatement(statement, kind, variablesEnabled, statementPointer) is { } error)
            {
                return error;
            }

            // "In IAM, the Sid value must be unique within a JSON policy" (Policy elements: Sid).
            if (statement.TryGetProperty("Sid", out var sid) && sid.GetString() is { Length: > 0 } text && !sids.Add(text))
            {
                return $"statement id `{text}` is used twice; sids must be unique in a policy (at {statementPointer}/Sid)";
            }
        }

        return null;
    }

    private static string? ValidateStatement(JsonElement statement, PolicyKind kind, bool variablesEnabled, string pointer)
    {
        if (statement.ValueKind != JsonValueKind.Object)
        {
            return $"statement must be a JSON object (at {pointer})";
        }

        foreach (var property in statement.EnumerateObject())
        {
            if (!StatementElements.Contains(property.Name))
            {
                return $"unknown statement element `{property.Name}` (at {pointer}/{property.Name})";
            }
        }

        return ValidateEffect(statement, kind, pointer)
            ?? ValidatePair(statement, "Action", "NotAction", required: true, pointer)
            ?? ValidateTrustResource(statement, kind, pointer)
            ?? ValidatePair(statement, "Resource", "NotResource", required: kind != PolicyKind.Trust, pointer)
            ?? ValidateActions(statement, pointer)
            ?? ValidateResources(statement, variablesEnabled, pointer)
            ?? ValidatePrincipal(statement, kind, pointer)
            ?? ValidateCondition(statement, variablesEnabled, pointer)
            ?? ValidateSid(statement, kind, pointer);
    }

    private static string? ValidateEffect(JsonElement statement, PolicyKind kind, string pointer)
    {
        if (!statement.TryGetProperty("Effect", out var effect))
        {
            return $"statement has no `Effect` (at {pointer})";
        }

        if (effect.ValueKind != JsonValueKind.String || effect.GetString() is not ("Allow" or "Deny"))
        {
            return $"`Effect` must be `Allow` or `Deny` (at {pointer}/Effect)";
        }

        // "The effect of Allow is only supported for the RCPFullAWSAccess policy" (Organizations › RCP syntax), which is implied.
        return kind == PolicyKind.ResourceControl && effect.GetString() == "Allow"
            ? $"resource control policies support only `Deny` statements (at {pointer}/Effect)"
            : null;
    }

    private static string? ValidatePair(JsonElement statement, string name, string notName, bool required, string pointer)
    {
        var has = statement.TryGetProperty(name, out var positive);
        var hasNot = statement.TryGetProperty(notName, out var negative);
        if (has && hasNot)
        {
            return $"statement has both `{name}` and `{notName}` (at {pointer})";
        }

        if (!has && !hasNot)
        {
            return required ? $"statement has neither `{name}` nor `{notName}` (at {pointer})" : null;
        }

        var element = has ? positive : negative;
        var elementName = has ? name : notName;
        if (!IsStringOrStrings(element))
        {
            return $"`{elementName}` must be a string or an array of strings (at {pointer}/{elementName})";
        }

        // IAM: "Policy statement must contain actions." / "… must contain resources." for an empty list.
        return element.ValueKind == JsonValueKind.Array && element.GetArrayLength() == 0
            ? $"`{elementName}` is empty (at {pointer}/{elementName})"
            : null;
    }

    /// <summary>
    /// A trust policy applies to its role: IAM rejects <c>Resource</c> and <c>NotResource</c> there
    /// ("Has prohibited field Resource").
    /// </summary>
    private static string? ValidateTrustResource(JsonElement statement, PolicyKind kind, string pointer)
    {
        var field = statement.TryGetProperty("Resource", out _) ? "Resource" : statement.TryGetProperty("NotResource", out _) ? "NotResource" : null;
        return kind == PolicyKind.Trust && field is not null ? $"a role trust policy has prohibited field `{field}` (at {pointer}/{field})" : null;
    }

    private static string? ValidateActions(JsonElement statement, string pointer)
    {
        var name = statement.TryGetProperty("Action", out var actions) ? "Action" : "NotAction";
        actions = statement.GetProperty(name);
        foreach (var action in JsonStrings.Of(actions))
        {
            // "service-prefix:action-name", or "*" (Policy elements: Action).
            var colon = action.IndexOf(':', StringComparison.Ordinal);
            if (action != "*" && (colon <= 0 || colon == action.Length - 1))
            {
                return $"action `{action}` is not `*` or `service:action` (at {pointer}/{name})";
            }
        }

        return null;
    }

    private static string? ValidateResources(JsonElement statement, bool variablesEnabled, string pointer)
    {
        var name = statement.TryGetProperty("Resource", out _) ? "Resource" : statement.TryGetProperty("NotResource", out _) ? "NotResource" : null;
        if (name is null)
        {
            return null;
        }

        foreach (var resource in JsonStrings.Of(statement.GetProperty(name)))
        {
            // "Resource … must be in ARN format or '*'" (Policy elements: Resource).
            if (resource != "*" && !resource.StartsWith("arn:", StringComparison.Ordinal))
            {
                return $"resource `{resource}` is not an ARN or `*` (at {pointer}/{name})";
            }

            if (variablesEnabled && PolicyVariables.Problem(resource) is { } problem)
            {
                return $"{problem} (at {pointer}/{name})";
            }
        }

        return null;
    }

    private static string? ValidatePrincipal(JsonElement statement, PolicyKind kind, string pointer)
    {
        var hasPrincipal = statement.TryGetProperty("Principal", out var principal);
        var hasNotPrincipal = statement.TryGetProperty("NotPrincipal", out var notPrincipal);
        var takesPrincipal = kind is PolicyKind.Resource or PolicyKind.Trust or PolicyKind.ResourceControl;
        if (!takesPrincipal)
        {
            // Identity-based policies, boundaries, session policies and SCPs name no principal (Policy elements: Principal).
            return hasPrincipal || hasNotPrincipal
                ? $"`{(hasPrincipal ? "Principal" : "NotPrincipal")}` is not allowed in this policy type (at {pointer})"
                : null;
        }

        if (hasPrincipal == hasNotPrincipal)
        {
            return $"statement must have exactly one of `Principal` and `NotPrincipal` (at {pointer})";
        }

        if (kind == PolicyKind.ResourceControl)
        {
            // "Principal … you can only specify "*"" (Organizations › RCP syntax).
            return hasPrincipal && principal.ValueKind == JsonValueKind.String && principal.GetString() == "*"
                ? null
                : $"resource control policies require `\"Principal\": \"*\"` (at {pointer})";
        }

        // "You cannot use the NotPrincipal element … in an IAM role trust policy" (Policy elements: NotPrincipal).
        if (hasNotPrincipal && kind == PolicyKind.Trust)
        {
            return $"a role trust policy has prohibited field `NotPrincipal` (at {pointer}/NotPrincipal)";
        }

        // "NotPrincipal must be used with "Effect":"Deny"" (Policy elements: NotPrincipal).
        if (hasNotPrincipal && statement.GetProperty("Effect").GetString() != "Deny")
        {
            return $"`NotPrincipal` must be used with `\"Effect\": \"Deny\"` (at {pointer}/NotPrincipal)";
        }

        return ValidatePrincipalValue(hasPrincipal ? principal : notPrincipal, $"{pointer}/{(hasPrincipal ? "Principal" : "NotPrincipal")}");
    }

    private static string? ValidatePrincipalValue(JsonElement principal, string pointer)
    {
        if (principal.ValueKind == JsonValueKind.String)
        {
            return principal.GetString() == "*" ? null : $"principal must be `*` or an object (at {pointer})";
        }

        if (principal.ValueKind != JsonValueKind.Object)
        {
            return $"principal must be `*` or an object (at {pointer})";
        }

        foreach (var property in principal.EnumerateObject())
        {
            if (!PrincipalTypes.Contains(property.Name) || !IsStringOrStrings(property.Value)
                || (property.Value.ValueKind == JsonValueKind.Array && property.Value.GetArrayLength() == 0))
            {
                return $"invalid principal `{property.Name}` (at {pointer}/{property.Name})";
            }

            if (property.Name != "AWS")
            {
                continue;
            }

            foreach (var value in JsonStrings.Of(property.Value))
            {
                // An AWS principal is `*`, an account, the account root, a user, a role, a role session or a
                // federated user; "you cannot identify a user group as a principal" and "you cannot use a
                // wildcard to match part of a principal name or ARN" (Policy elements: Principal).
                var valid = value == "*" || Caller.IsAccountId(value) || IsPrincipalArn(value);
                if (!valid)
                {
                    return $"invalid principal `{value}` (at {pointer}/AWS)";
                }
            }
        }

        return null;
    }

    private static bool IsBoolean(string text) =>
        string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "false", StringComparison.OrdinalIgnoreCase);

    private static bool IsPrincipalArn(string value) =>
        !value.Contains('*', StringComparison.Ordinal) && !value.Contains('?', StringComparison.Ordinal)
        && value.Split(':', 6) is ["arn", { Length: > 0 }, var service, "", var account, var resource]
        && Caller.IsAccountId(account)
        && (service, resource.Split('/')[0]) is ("iam", "root" or "user" or "role") or ("sts", "assumed-role" or "federated-user");

    private static string? ValidateCondition(JsonElement statement, bool variablesEnabled, string pointer)
    {
        if (!statement.TryGetProperty("Condition", out var condition))
        {
            return null;
        }

        if (condition.ValueKind != JsonValueKind.Object)
        {
            return $"`Condition` must be an object (at {pointer}/Condition)";
        }

        foreach (var op in condition.EnumerateObject())
        {
            var opPointer = $"{pointer}/Condition/{op.Name}";
            if (ConditionOperator.Parse(op.Name) is null)
            {
                return $"unknown condition operator `{op.Name}` (at {opPointer})";
            }

            if (op.Value.ValueKind != JsonValueKind.Object)
            {
                return $"condition operator `{op.Name}` must map keys to values (at {opPointer})";
            }

            foreach (var key in op.Value.EnumerateObject())
            {
                var values = key.Value.ValueKind == JsonValueKind.Array ? [.. key.Value.EnumerateArray()] : new[] { key.Value };
                if (values.Any(v => v.ValueKind is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)))
                {
                    return $"condition values must be strings, numbers or booleans (at {opPointer}/{key.Name})";
                }

                // Bool and Null take true or false (Condition operators › Boolean condition operators, Null).
                var family = ConditionOperator.Parse(op.Name)!.Family;
                if (family is OperatorFamily.Bool or OperatorFamily.Null
                    && values.Any(v => v.ValueKind == JsonValueKind.Number || (v.ValueKind == JsonValueKind.String && !IsBoolean(v.GetString()!))))
                {
                    return $"`{op.Name}` takes `true` or `false` (at {opPointer}/{key.Name})";
                }

                var takesVariables = variablesEnabled && family is OperatorFamily.String or OperatorFamily.Arn;
                if (takesVariables && values.Where(v => v.ValueKind == JsonValueKind.String).Select(v => PolicyVariables.Problem(v.GetString()!)).FirstOrDefault(p => p is not null) is { } problem)
                {
                    return $"{problem} (at {opPointer}/{key.Name})";
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "The Sid element supports ASCII uppercase letters (A-Z), lowercase letters (a-z), and numbers
    /// (0-9)" in IAM policies (Policy elements: Sid); services' resource-based policies accept more
    /// (the default KMS key policy has "Enable IAM User Permissions").
    /// </summary>
    private static string? ValidateSid(JsonElement statement, PolicyKind kind, string pointer)
    {
        if (!statement.TryGetProperty("Sid", out var sid))
        {
            return null;
        }

        if (sid.ValueKind != JsonValueKind.String)
        {
            return $"`Sid` must be a string (at {pointer}/Sid)";
        }

        var iamPolicy = kind is PolicyKind.Identity or PolicyKind.PermissionsBoundary or PolicyKind.Session;
        return iamPolicy && !sid.GetString()!.All(char.IsAsciiLetterOrDigit)
            ? $"`Sid` `{sid.GetString()}` must be alpha-numeric (at {pointer}/Sid)"
            : null;
    }

    private static bool IsStringOrStrings(JsonElement element) =>
        element.ValueKind == JsonValueKind.String
        || (element.ValueKind == JsonValueKind.Array && element.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String));
}
