namespace Rampart.Iam.Catalog;

/// <summary>A resource type an action can act on, whether it is required, and its extra condition keys.</summary>
public sealed record ActionResourceType(string Name, bool Required, IReadOnlyList<string> ConditionKeys);
