namespace Rampart.Iam.Reference;

/// <summary>The policy types of a case (IAM User Guide › Policies and permissions › Policy types).</summary>
internal enum PolicyKind
{
    Identity,
    Resource,
    PermissionsBoundary,
    Session,
    ServiceControl,
    ResourceControl,
}
