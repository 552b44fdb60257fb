using System.Text.Json;
using Rampart.Iam.Authorization;
using Rampart.Iam.Policies;

namespace Rampart.Cli.Commands;

/// <summary>Renders an <see cref="AuthorizationResult"/> as JSON fields or as lines for a person.</summary>
public static class IamExplanation
{
    /// <summary>Writes <c>reason</c> and <c>statements</c> into the current JSON object.</summary>
    public static void WriteJson(Utf8JsonWriter json, AuthorizationResult result)
    {
        json.WriteString("reason", result.Reason);
        json.WriteStartArray("statements");
        foreach (var deciding in result.Statements)
        {
            var statement = deciding.Ref.Statement;
            json.WriteStartObject();
            json.WriteString("policy", deciding.Ref.PolicyPath);
            json.WriteNumber("statement", statement.Index);
            if (statement.Sid is not null)
            {
                json.WriteString("sid", statement.Sid);
            }

            json.WriteString("effect", deciding.Effect.ToString());
            json.WriteString("location", statement.Location.ToString());
            if (deciding.Principal is { } match)
            {
                json.WriteString("principalMatch", match.ToString());
            }

            json.WriteStartArray("conditions");
            foreach (var condition in deciding.Conditions)
            {
                json.WriteStartObject();
                json.WriteString("operator", condition.Operator);
                json.WriteString("key", condition.Key);
                json.WriteBoolean("result", condition.Result);
                json.WriteString("reason", condition.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Lines for a person: decision, reason, then each deciding statement with its conditions.</summary>
    public static IEnumerable<string> Text(AuthorizationResult result)
    {
        yield return $"decision: {result.Decision}";
        yield return $"reason:   {result.Reason}";
        if (result.Statements.Count == 0)
        {
            yield return result.Decision == Decision.ImplicitDeny ? "no statement applies with the needed effect" : "deciding statements: none";
            yield break;
        }

        yield return result.Decision == Decision.ExplicitDeny ? "denied by:" : result.Decision == Decision.Allow ? "allowed by:" : "allow statements that applied (not enough on their own):";
        foreach (var deciding in result.Statements)
        {
            var principal = deciding.Principal is { } match ? $", principal match {match}" : string.Empty;
            yield return $"  {deciding.Ref.PolicyPath} statement {deciding.Ref.Statement.Label} ({Effect(deciding.Effect)}{principal}) at {deciding.Ref.Statement.Location}";
            foreach (var condition in deciding.Conditions)
            {
                yield return $"    {condition.Operator} {condition.Key}: {(condition.Result ? "true" : "false")} ({condition.Reason})";
            }
        }
    }

    private static string Effect(Effect effect) => effect == Rampart.Iam.Policies.Effect.Allow ? "Allow" : "Deny";
}
