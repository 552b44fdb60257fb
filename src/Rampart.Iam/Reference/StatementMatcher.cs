using System.Text.Json;

namespace Rampart.Iam.Reference;

/// <summary>
/// Whether a statement applies to a request, apart from its principal: its <c>Action</c> or
/// <c>NotAction</c>, its <c>Resource</c> or <c>NotResource</c>, and its <c>Condition</c>
/// (IAM User Guide › IAM JSON policy element reference).
/// </summary>
internal static class StatementMatcher
{
    public static bool Applies(JsonElement statement, AuthorizationRequest request, bool variablesEnabled) =>
        ActionApplies(statement, request.Action)
        && ResourceApplies(statement, request, variablesEnabled)
        && (!statement.TryGetProperty("Condition", out var condition) || ConditionEvaluator.Holds(condition, request.Context, variablesEnabled));

    public static bool IsAllow(JsonElement statement) => statement.GetProperty("Effect").GetString() == "Allow";

    /// <summary>
    /// Action names are case-insensitive and may use <c>*</c> and <c>?</c> (Policy elements: Action);
    /// <c>NotAction</c> matches every action except the listed ones (Policy elements: NotAction).
    /// </summary>
    private static bool ActionApplies(JsonElement statement, string action)
    {
        var positive = statement.TryGetProperty("Action", out var actions);
        var listed = JsonStrings.Of(positive ? actions : statement.GetProperty("NotAction"))
            .Any(pattern => Glob.IsMatch(pattern, action, ignoreCase: true));
        return positive == listed;
    }

    /// <summary>
    /// Resource ARNs match case-sensitively with wildcards and policy variables (<see cref="ResourcePattern"/>); <c>NotResource</c> matches every resource except the
    /// listed ones (Policy elements: NotResource). A request on <c>*</c> (an action without a resource
    /// type) is matched only by the pattern <c>*</c> (eval format › Request). A resource-based policy
    /// statement without either element (a role trust policy) applies to the resource it is attached to.
    /// </summary>
    private static bool ResourceApplies(JsonElement statement, AuthorizationRequest request, bool variablesEnabled)
    {
        var positive = statement.TryGetProperty("Resource", out var resources);
        if (!positive && !statement.TryGetProperty("NotResource", out resources))
        {
            return true;
        }

        var listed = JsonStrings.Of(resources).Any(pattern => ResourceMatches(pattern, request, variablesEnabled));
        return positive == listed;
    }

    private static bool ResourceMatches(string pattern, AuthorizationRequest request, bool variablesEnabled)
    {
        if (request.Resource == "*")
        {
            return pattern == "*";
        }

        return PolicyVariables.Expand(pattern, request.Context, variablesEnabled) is { } expanded
            && ResourcePattern.IsMatch(expanded, request.Resource);
    }
}
