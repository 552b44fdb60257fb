using System.Text.Json;

namespace Rampart.Iam.Reference;

/// <summary>
/// The reference IAM evaluator: small and obviously right, written straight from the AWS
/// documentation (IAM User Guide › Policy evaluation logic, › IAM JSON policy element reference,
/// › Condition operators, › Policy elements: Variables and tags; AWS Organizations User Guide › SCPs,
/// RCPs) over <see cref="JsonDocument"/>. It shares no matching or condition code with the main
/// engine; a differential test keeps the two in agreement. It is slow on purpose: clarity first.
/// </summary>
public static class ReferenceEvaluator
{
    /// <summary>Evaluates one line of the eval format (shared/specs/iam-eval-format.md).</summary>
    public static ReferenceAnswer Evaluate(string jsonLine)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(jsonLine);
        }
        catch (JsonException e)
        {
            return new ReferenceAnswer(null, null, $"invalid json: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new ReferenceAnswer(null, null, "a case must be a JSON object (at /)");
            }

            if (!root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
            {
                return new ReferenceAnswer(null, null, "case has no `id` string (at /id)");
            }

            var error = CaseReader.TryRead(root, out var evaluationCase);
            return error is not null
                ? new ReferenceAnswer(id.GetString(), null, error)
                : new ReferenceAnswer(id.GetString(), ReferenceAuthorizer.Decide(evaluationCase!), null);
        }
    }
}
