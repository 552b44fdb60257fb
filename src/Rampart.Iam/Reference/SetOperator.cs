namespace Rampart.Iam.Reference;

/// <summary>
/// The set-operator qualifier of a condition (IAM User Guide › Set operators for multivalued context keys).
/// </summary>
internal enum SetOperator
{
    None,
    ForAnyValue,
    ForAllValues,
}
