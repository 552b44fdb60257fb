namespace Rampart.Testing;

/// <summary>
/// A theory over data in ../shared, skipped with the reason when it is absent. Its data source
/// must yield nothing (not throw) when shared/ is missing.
/// </summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when shared/ is absent.</summary>
    public SharedDataTheoryAttribute() => Skip = RepositoryPaths.SharedSkipReason!;
}
