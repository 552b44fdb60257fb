using Rampart.Iam.Authorization;

namespace Rampart.Iam.Cases;

/// <summary>An answer with the full authorization result behind it (null for an error answer).</summary>
/// <param name="Answer">The answer line.</param>
/// <param name="Result">The decision with its reason and deciding statements.</param>
public sealed record EvalCaseResult(EvalCaseAnswer Answer, AuthorizationResult? Result);
