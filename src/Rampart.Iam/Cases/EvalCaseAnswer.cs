namespace Rampart.Iam.Cases;

/// <summary>
/// The answer line of the eval format (shared/specs/iam-eval-format.md): the case id, and either
/// a decision (<c>Allow</c>, <c>ImplicitDeny</c>, <c>ExplicitDeny</c>) or an error message.
/// </summary>
/// <param name="Id">The case id; null when the line was not JSON or had no id.</param>
/// <param name="Decision">The decision, or null with an error.</param>
/// <param name="Error">Why the case could not be evaluated, or null.</param>
public sealed record EvalCaseAnswer(string? Id, string? Decision, string? Error);
