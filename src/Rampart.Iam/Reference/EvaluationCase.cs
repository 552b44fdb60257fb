namespace Rampart.Iam.Reference;

/// <summary>A case of the eval format, read and validated: the request and every policy that applies to it.</summary>
internal sealed record EvaluationCase(
    string Id,
    AuthorizationRequest Request,
    IReadOnlyList<Policy> IdentityPolicies,
    Policy? ResourcePolicy,
    IReadOnlyList<Policy> PermissionBoundaries,
    Policy? SessionPolicy,
    IReadOnlyList<IReadOnlyList<Policy>> ServiceControlPolicies,
    IReadOnlyList<IReadOnlyList<Policy>> ResourceControlPolicies);
