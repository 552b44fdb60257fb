namespace Rampart.Iam.Reference;

/// <summary>
/// A key's value in the request context: a string is single-valued, an array of strings (even of
/// one or none) is multivalued (IAM User Guide › Single-valued vs. multivalued context keys).
/// </summary>
internal sealed record ContextValue(IReadOnlyList<string> Values, bool IsMultivalued);
