using Rampart.Iam.Policies;

namespace Rampart.Iam.Authorization;

/// <summary>
/// Every policy that applies to one request, by kind. SCP and RCP lists hold one level per node
/// from the organization root down to the account. <c>RCPFullAWSAccess</c> is implied at every
/// RCP level and is not listed.
/// </summary>
public sealed class PolicySet
{
    /// <summary>Identity-based policies of the principal.</summary>
    public IReadOnlyList<PolicyDocument> IdentityPolicies { get; init; } = [];

    /// <summary>The resource-based policy (or role trust policy) of the resource, if any.</summary>
    public PolicyDocument? ResourcePolicy { get; init; }

    /// <summary>The principal's permissions boundary (0 or 1).</summary>
    public IReadOnlyList<PolicyDocument> PermissionBoundaries { get; init; } = [];

    /// <summary>The session policy of a role or federated-user session, if any.</summary>
    public PolicyDocument? SessionPolicy { get; init; }

    /// <summary>SCPs of the principal's account, one list per level; empty when SCPs do not apply.</summary>
    public IReadOnlyList<IReadOnlyList<PolicyDocument>> ServiceControlPolicies { get; init; } = [];

    /// <summary>RCPs of the resource's account, one list per level; empty when RCPs do not apply.</summary>
    public IReadOnlyList<IReadOnlyList<PolicyDocument>> ResourceControlPolicies { get; init; } = [];
}
