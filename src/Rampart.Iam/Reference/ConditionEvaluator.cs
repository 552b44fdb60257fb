using System.Text.Json;

namespace Rampart.Iam.Reference;

/// <summary>
/// Evaluates a <c>Condition</c> block (IAM User Guide › Policy elements: Condition › Creating a
/// condition with multiple context keys or values):
/// <list type="bullet">
/// <item>operators in the block, and keys under an operator, are ANDed;</item>
/// <item>several policy values for one key are ORed; a negated operator ("StringNotEquals",
/// "NotIpAddress", …) is true when the request value matches none of them;</item>
/// <item>a key absent from the request context makes a positive operator false and a negated one
/// true; with <c>…IfExists</c> an absent key makes the condition true (…IfExists condition operators);</item>
/// <item><c>Null</c>: <c>true</c> holds when the key is absent or is a multivalued key with no values,
/// <c>false</c> when it has a value (Condition operator to check existence of condition keys; Multivalued
/// context key examples: a Null check with false prevents "missing context keys or context keys with
/// empty values" from evaluating to true);</item>
/// <item><c>ForAnyValue:</c> holds when at least one request value satisfies the operator; "for no
/// matching context key or a null dataset, the condition returns false", and that holds for its
/// <c>IfExists</c> form too (as AWS answers on re:Post, "ForAnyValue:StringEqualsIfExists behaving
/// unexpectedly", for a request without <c>aws:TagKeys</c>). <c>ForAllValues:</c> holds when every
/// request value satisfies it, and is true for an absent key or an empty set (Set operators for
/// multivalued context keys);</item>
/// <item>"Multivalued context keys require a condition set operator" (Single-valued vs. multivalued
/// context keys): without one, a condition on a multivalued key does not hold, negated or not.</item>
/// </list>
/// </summary>
internal static class ConditionEvaluator
{
    public static bool Holds(JsonElement conditionBlock, RequestContext context, bool variablesEnabled)
    {
        foreach (var operatorProperty in conditionBlock.EnumerateObject())
        {
            var op = ConditionOperator.Parse(operatorProperty.Name)
                ?? throw new InvalidOperationException($"unvalidated condition operator {operatorProperty.Name}");
            foreach (var keyProperty in operatorProperty.Value.EnumerateObject())
            {
                if (!KeyHolds(op, context.Find(keyProperty.Name), PolicyValues(keyProperty.Value), context, variablesEnabled))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool KeyHolds(ConditionOperator op, ContextValue? value, List<string> policyValues, RequestContext context, bool variablesEnabled)
    {
        if (op.Family == OperatorFamily.Null)
        {
            // "… context keys with empty values …": a multivalued key with no values is null as well
            // (Multivalued context key examples; Condition operator to check existence of condition keys).
            var isNull = value is null || (value.IsMultivalued && value.Values.Count == 0);
            return policyValues.Any(p => bool.TryParse(p, out var wantsNull) && wantsNull == isNull);
        }

        // Variables are substituted only in string and ARN comparisons (Policy elements: Variables and tags › Where you can use policy variables).
        var substitute = variablesEnabled && op.Family is OperatorFamily.String or OperatorFamily.Arn;
        var expanded = policyValues
            .Select(p => PolicyVariables.Expand(p, context, substitute))
            .OfType<PatternChar[]>()
            .ToList();

        bool Satisfies(string requestValue)
        {
            var any = expanded.Any(p => ValueComparison.Matches(op, requestValue, p));
            return ValueComparison.IsOfType(op.Family, requestValue) && (op.Negated ? !any : any);
        }

        return op.Set switch
        {
            SetOperator.ForAnyValue => value is not null && value.Values.Any(Satisfies),
            SetOperator.ForAllValues => value is null || value.Values.All(Satisfies),
            _ => value is null
                ? op.IfExists || op.Negated
                : !value.IsMultivalued && Satisfies(value.Values[0]),
        };
    }

    /// <summary>A condition value as IAM reads it: a string, number or boolean, or an array of them.</summary>
    private static List<string> PolicyValues(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? [.. element.EnumerateArray().Select(Scalar)] : [Scalar(element)];

    private static string Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => element.GetRawText(),
    };
}
