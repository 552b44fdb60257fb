namespace Rampart.Testing;

/// <summary>A fact that reads ../shared and is skipped, with the reason, when it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when shared/ is absent.</summary>
    public SharedDataFactAttribute() => Skip = RepositoryPaths.SharedSkipReason!;
}
