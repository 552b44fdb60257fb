using Rampart.Iam.Policies;

namespace Rampart.Iam.Conditions;

/// <summary>The result of one condition clause, with a one-line reason, for explanations.</summary>
/// <param name="Operator">The operator as written.</param>
/// <param name="Key">The condition key.</param>
/// <param name="Result">True when the clause held.</param>
/// <param name="Reason">What was compared, or why the key's absence decided.</param>
/// <param name="Location">Where the operator is in its policy.</param>
public sealed record ConditionOutcome(string Operator, string Key, bool Result, string Reason, ElementLocation Location);
