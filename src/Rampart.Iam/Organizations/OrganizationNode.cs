using Rampart.Iam.Policies;

namespace Rampart.Iam.Organizations;

/// <summary>
/// A node of an AWS Organizations tree: the root (<c>r-…</c>), an OU (<c>ou-…</c>) or an account
/// (its 12-digit id), with the SCPs and RCPs attached to it. <c>RCPFullAWSAccess</c> is implied and
/// not listed.
/// </summary>
/// <param name="Id">The node id.</param>
/// <param name="ParentId">The parent's id; null for the root.</param>
/// <param name="ServiceControlPolicies">SCPs attached here (including FullAWSAccess where attached).</param>
/// <param name="ResourceControlPolicies">RCPs attached here, besides the implied RCPFullAWSAccess.</param>
public sealed record OrganizationNode(string Id, string? ParentId, IReadOnlyList<PolicyDocument> ServiceControlPolicies, IReadOnlyList<PolicyDocument> ResourceControlPolicies);
