using Rampart.Core;
namespace Rampart.Iam.Policies;

/// <summary>
/// Many parsed policies indexed by the service prefix of their actions, to find the statements
/// that can apply to an action without scanning every policy. <c>NotAction</c> statements and
/// patterns whose service is a wildcard are kept in a list that every lookup returns too.
/// </summary>
public sealed class PolicyIndex
{
    private readonly Dictionary<string, List<(PolicyDocument Policy, Statement Statement)>> _byService = new(StringComparer.Ordinal);
    private readonly List<(PolicyDocument Policy, Statement Statement)> _anyService = [];

    /// <summary>Indexes <paramref name="policies"/>.</summary>
    public PolicyIndex(IEnumerable<PolicyDocument> policies)
    {
        foreach (var policy in policies)
        {
            Count++;
            foreach (var statement in policy.Statements)
            {
                StatementCount++;
                Add(policy, statement);
            }
        }
    }

    /// <summary>Number of policies.</summary>
    public int Count { get; }

    /// <summary>Number of statements.</summary>
    public int StatementCount { get; }

    /// <summary>The statements that may apply to <paramref name="action"/> (any case), each once.</summary>
    public IEnumerable<(PolicyDocument Policy, Statement Statement)> Candidates(string action)
    {
        var lower = ActionElement.LowerInvariant(action);
        var colon = lower.IndexOf(':', StringComparison.Ordinal);
        var service = colon > 0 ? lower[..colon] : lower;
        var seen = new HashSet<Statement>(ReferenceEqualityComparer.Instance);
        if (_byService.TryGetValue(service, out var list))
        {
            foreach (var entry in list)
            {
                if (seen.Add(entry.Statement) && entry.Statement.Action.Applies(lower))
                {
                    yield return entry;
                }
            }
        }

        foreach (var entry in _anyService)
        {
            if (seen.Add(entry.Statement) && entry.Statement.Action.Applies(lower))
            {
                yield return entry;
            }
        }
    }

    private void Add(PolicyDocument policy, Statement statement)
    {
        if (statement.Action.IsNot)
        {
            _anyService.Add((policy, statement));
            return;
        }

        foreach (var pattern in statement.Action.Patterns)
        {
            var colon = pattern.IndexOf(':', StringComparison.Ordinal);
            var service = colon > 0 ? pattern[..colon].ToLowerInvariant() : "*";
            if (Wildcard.HasWildcard(service))
            {
                _anyService.Add((policy, statement));
                continue;
            }

            if (!_byService.TryGetValue(service, out var list))
            {
                _byService[service] = list = [];
            }

            list.Add((policy, statement));
        }
    }
}
