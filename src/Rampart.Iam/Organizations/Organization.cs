namespace Rampart.Iam.Organizations;

/// <summary>
/// An organization as data: its management account and its nodes (root, OUs, member accounts).
/// Accounts not in <see cref="Nodes"/> are outside the organization.
/// </summary>
public sealed class Organization
{
    private readonly Dictionary<string, OrganizationNode> _nodes;

    /// <summary>Creates the organization; every parent must be a node of it.</summary>
    public Organization(string managementAccountId, IEnumerable<OrganizationNode> nodes)
    {
        ManagementAccountId = managementAccountId;
        _nodes = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        foreach (var node in _nodes.Values)
        {
            if (node.ParentId is not null && !_nodes.ContainsKey(node.ParentId))
            {
                throw new ArgumentException($"node `{node.Id}` has unknown parent `{node.ParentId}`", nameof(nodes));
            }
        }
    }

    /// <summary>The management account, which SCPs and RCPs never restrict.</summary>
    public string ManagementAccountId { get; }

    /// <summary>Every node by id.</summary>
    public IReadOnlyDictionary<string, OrganizationNode> Nodes => _nodes;

    /// <summary>True when <paramref name="accountId"/> is a member (or the management account).</summary>
    public bool Contains(string accountId) => _nodes.ContainsKey(accountId);

    /// <summary>The path from the root down to <paramref name="accountId"/>, or empty when it is not a member.</summary>
    public IReadOnlyList<OrganizationNode> PathTo(string accountId)
    {
        if (!_nodes.TryGetValue(accountId, out var node))
        {
            return [];
        }

        var path = new List<OrganizationNode>();
        for (var current = node; current is not null; current = current.ParentId is null ? null : _nodes[current.ParentId])
        {
            if (path.Count > _nodes.Count)
            {
                throw new InvalidOperationException($"the parents of `{accountId}` form a cycle");
            }

            path.Add(current);
        }

        path.Reverse();
        return path;
    }
}
