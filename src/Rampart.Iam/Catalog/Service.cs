namespace Rampart.Iam.Catalog;

/// <summary>One AWS service in the authorization catalog: its actions, resource types and condition keys.</summary>
public sealed class Service
{
    /// <summary>Creates a service entry.</summary>
    public Service(
        string prefix,
        string name,
        IReadOnlyDictionary<string, ServiceAction> actions,
        IReadOnlyDictionary<string, ResourceType> resourceTypes,
        IReadOnlyDictionary<string, ConditionKeyType> conditionKeys)
    {
        Prefix = prefix;
        Name = name;
        Actions = actions;
        ResourceTypes = resourceTypes;
        ConditionKeys = conditionKeys;
    }

    /// <summary>The service prefix used in actions and ARNs, such as <c>s3</c>.</summary>
    public string Prefix { get; }

    /// <summary>The service's name.</summary>
    public string Name { get; }

    /// <summary>Actions by name, case-insensitive.</summary>
    public IReadOnlyDictionary<string, ServiceAction> Actions { get; }

    /// <summary>Resource types by name.</summary>
    public IReadOnlyDictionary<string, ResourceType> ResourceTypes { get; }

    /// <summary>Service-specific condition keys by name (with <c>${…}</c> placeholders), case-insensitive.</summary>
    public IReadOnlyDictionary<string, ConditionKeyType> ConditionKeys { get; }

    /// <inheritdoc />
    public override string ToString() => Prefix;
}
