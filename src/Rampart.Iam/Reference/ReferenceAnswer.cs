namespace Rampart.Iam.Reference;

/// <summary>
/// The reference evaluator's answer to one case: <see cref="Decision"/> (<c>Allow</c>,
/// <c>ImplicitDeny</c> or <c>ExplicitDeny</c>) or <see cref="Error"/>, never both.
/// </summary>
public sealed record ReferenceAnswer(string? Id, string? Decision, string? Error);
