namespace Rampart.Git.Objects;

/// <summary>The object types, numbered as in a pack entry's header.</summary>
public enum ObjectKind
{
    /// <summary>No such object.</summary>
    None = 0,

    /// <summary>A commit.</summary>
    Commit = 1,

    /// <summary>A tree.</summary>
    Tree = 2,

    /// <summary>A blob.</summary>
    Blob = 3,

    /// <summary>An annotated tag.</summary>
    Tag = 4,
}
