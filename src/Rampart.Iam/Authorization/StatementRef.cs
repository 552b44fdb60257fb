using System.Globalization;
using Rampart.Iam.Policies;

namespace Rampart.Iam.Authorization;

/// <summary>Which statement of which policy: kind, index in its list, SCP/RCP level, and the statement.</summary>
/// <param name="Kind">The policy kind.</param>
/// <param name="PolicyIndex">The policy's position in its list (0 for single policies).</param>
/// <param name="Level">The organization level for SCPs and RCPs (0 = root), else null.</param>
/// <param name="Statement">The statement.</param>
public sealed record StatementRef(PolicyType Kind, int PolicyIndex, int? Level, Statement Statement)
{
    /// <summary>The eval-format path of the policy: <c>identityPolicies[1]</c>, <c>scps[0][2]</c>, <c>resourcePolicy</c>.</summary>
    public string PolicyPath => Kind switch
    {
        PolicyType.Identity => $"identityPolicies[{PolicyIndex.ToString(CultureInfo.InvariantCulture)}]",
        PolicyType.PermissionBoundary => $"permissionBoundaries[{PolicyIndex.ToString(CultureInfo.InvariantCulture)}]",
        PolicyType.Session => "sessionPolicy",
        PolicyType.ServiceControl => $"scps[{Level.GetValueOrDefault().ToString(CultureInfo.InvariantCulture)}][{PolicyIndex.ToString(CultureInfo.InvariantCulture)}]",
        PolicyType.ResourceControl => $"rcps[{Level.GetValueOrDefault().ToString(CultureInfo.InvariantCulture)}][{PolicyIndex.ToString(CultureInfo.InvariantCulture)}]",
        _ => "resourcePolicy",
    };

    /// <inheritdoc />
    public override string ToString() => $"{PolicyPath} statement {Statement.Label} at {Statement.Location}";
}
