namespace Rampart.Iam.Catalog;

/// <summary>The access level the Service Authorization Reference gives an action.</summary>
public enum AccessLevel
{
    /// <summary>Lists resources.</summary>
    List,

    /// <summary>Reads resources or metadata.</summary>
    Read,

    /// <summary>Creates, changes or deletes resources.</summary>
    Write,

    /// <summary>Grants or changes permissions (resource policies, ACLs).</summary>
    PermissionsManagement,

    /// <summary>Changes tags.</summary>
    Tagging,
}
