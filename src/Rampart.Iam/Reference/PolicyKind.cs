namespace Rampart.Iam.Reference;

/// <summary>The policy types of a case (IAM User Guide › Policies and permissions › Policy types).</summary>
internal enum PolicyKind
{
    Identity,
    Resource,

    /// <summary>A role's resource-based policy: its trust policy (IAM User Guide › IAM roles › Role trust policy).</summary>
    Trust,
    PermissionsBoundary,
    Session,
    ServiceControl,
    ResourceControl,
}
