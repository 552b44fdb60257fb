namespace Rampart.Iam.Catalog;

/// <summary>One action of a service, as the Service Authorization Reference lists it.</summary>
/// <param name="Service">The service prefix, such as <c>s3</c>.</param>
/// <param name="Name">The action name in AWS's casing, such as <c>GetObject</c>.</param>
/// <param name="AccessLevel">The access level.</param>
/// <param name="ResourceTypes">Resource types the action acts on; empty when it supports only <c>"*"</c>.</param>
/// <param name="ConditionKeys">Condition keys the action supports besides its resource types' keys.</param>
/// <param name="DependentActions">Actions a caller also needs for this one to succeed.</param>
public sealed record ServiceAction(
    string Service,
    string Name,
    AccessLevel AccessLevel,
    IReadOnlyList<ActionResourceType> ResourceTypes,
    IReadOnlyList<string> ConditionKeys,
    IReadOnlyList<string> DependentActions)
{
    /// <summary><c>service:Name</c>.</summary>
    public string FullName => $"{Service}:{Name}";

    /// <summary>True when the action supports no resource type, so only <c>"Resource": "*"</c> applies.</summary>
    public bool SupportsOnlyWildcardResource => ResourceTypes.Count == 0;

    /// <summary>Every condition key the action supports: its own and its resource types'.</summary>
    public IEnumerable<string> AllConditionKeys => ConditionKeys.Concat(ResourceTypes.SelectMany(r => r.ConditionKeys)).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override string ToString() => FullName;
}
