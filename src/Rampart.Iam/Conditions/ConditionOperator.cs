namespace Rampart.Iam.Conditions;

/// <summary>
/// One base condition operator from the IAM documentation, with its family, comparison and
/// whether it is negated, plus docs and an example for the registry test.
/// </summary>
/// <param name="Name">The name AWS uses, e.g. <c>StringNotLike</c>.</param>
/// <param name="Family">The value type compared.</param>
/// <param name="Comparison">The comparison made.</param>
/// <param name="Negated">True for the <c>…Not…</c> operators: true when no policy value matches, and when the key is absent.</param>
/// <param name="Docs">One line saying what it does.</param>
/// <param name="Example">A request value and a policy value it holds for: <c>(request, policy)</c>.</param>
public sealed record ConditionOperator(string Name, OperatorFamily Family, Comparison Comparison, bool Negated, string Docs, (string Request, string Policy) Example)
{
    /// <summary>True when policy variables are substituted in this operator's values (string and ARN operators).</summary>
    public bool SupportsVariables => Family is OperatorFamily.String or OperatorFamily.Arn;
}
