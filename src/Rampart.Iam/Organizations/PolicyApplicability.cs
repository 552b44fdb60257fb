using System.Collections.Frozen;
using Rampart.Iam.Authorization;
using Rampart.Iam.Policies;

namespace Rampart.Iam.Organizations;

/// <summary>
/// Decides which SCP and RCP levels apply to a request (AWS Organizations User Guide, "Service
/// control policies" and "Resource control policies"): SCPs restrict the caller's account unless it
/// is outside the organization, is the management account, or the caller is a service-linked role;
/// RCPs restrict the resource's account under the same exemptions, and only for services that
/// support RCPs. Pure: the organization is data.
/// </summary>
public static class PolicyApplicability
{
    /// <summary>Services that support RCPs (AWS Organizations User Guide, "List of AWS services that support RCPs").</summary>
    public static FrozenSet<string> RcpServices { get; } = new[]
    {
        "s3", "sts", "kms", "sqs", "secretsmanager", "ecr", "aoss", "cognito-identity", "logs", "dynamodb",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The SCP levels (root first) that restrict the caller, or none.</summary>
    public static IReadOnlyList<IReadOnlyList<PolicyDocument>> ServiceControlPolicies(Organization? organization, ApplicableCaller caller)
    {
        if (organization is null || caller.IsServiceLinkedRole || caller.PrincipalAccount == organization.ManagementAccountId)
        {
            return [];
        }

        return [.. organization.PathTo(caller.PrincipalAccount).Select(n => n.ServiceControlPolicies)];
    }

    /// <summary>The RCP levels (root first) that restrict the resource, or none; RCPFullAWSAccess is implied at each.</summary>
    public static IReadOnlyList<IReadOnlyList<PolicyDocument>> ResourceControlPolicies(Organization? organization, ApplicableCaller caller)
    {
        if (organization is null || caller.IsServiceLinkedRole || caller.ResourceAccount == organization.ManagementAccountId
            || !RcpServices.Contains(caller.Service))
        {
            return [];
        }

        return [.. organization.PathTo(caller.ResourceAccount).Select(n => n.ResourceControlPolicies)];
    }

    /// <summary>
    /// Completes <paramref name="policies"/> (identity, resource, boundary, session) with the SCP
    /// and RCP levels the organization applies to this request.
    /// </summary>
    public static PolicySet Apply(PolicySet policies, Organization? organization, ApplicableCaller caller) => new()
    {
        IdentityPolicies = policies.IdentityPolicies,
        ResourcePolicy = policies.ResourcePolicy,
        PermissionBoundaries = policies.PermissionBoundaries,
        SessionPolicy = policies.SessionPolicy,
        ServiceControlPolicies = ServiceControlPolicies(organization, caller),
        ResourceControlPolicies = ResourceControlPolicies(organization, caller),
    };
}
