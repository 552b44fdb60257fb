using Rampart.Core;
using Rampart.Iam.Catalog;
using Rampart.Iam.Policies;

namespace Rampart.Iam.Lint;

/// <summary>A parsed policy and the catalog, with the questions most checks ask of a statement.</summary>
public sealed class LintContext
{
    private readonly Dictionary<Statement, ServiceAction[]> _actions = [];

    /// <summary>Creates the context.</summary>
    public LintContext(PolicyDocument document, ServiceCatalog catalog)
    {
        Document = document;
        Catalog = catalog;
    }

    /// <summary>The policy.</summary>
    public PolicyDocument Document { get; }

    /// <summary>The service authorization catalog.</summary>
    public ServiceCatalog Catalog { get; }

    /// <summary>The statements.</summary>
    public IEnumerable<Statement> Statements => Document.Statements;

    /// <summary>The <c>Allow</c> statements.</summary>
    public IEnumerable<Statement> Allows => Document.Statements.Where(s => s.Effect == Effect.Allow);

    /// <summary>
    /// The catalog actions an <c>Action</c> element names, wildcards expanded; empty for
    /// <c>NotAction</c>, whose complement is too broad to list.
    /// </summary>
    public IReadOnlyList<ServiceAction> ActionsOf(Statement statement)
    {
        if (!_actions.TryGetValue(statement, out var actions))
        {
            actions = statement.Action.IsNot
                ? []
                : [.. statement.Action.Patterns.SelectMany(Catalog.MatchActions).Distinct()];
            _actions[statement] = actions;
        }

        return actions;
    }

    /// <summary>The actions the statement names without wildcards and the catalog knows.</summary>
    public IEnumerable<ServiceAction> ExplicitActionsOf(Statement statement) =>
        statement.Action.IsNot
            ? []
            : statement.Action.Patterns.Where(p => !Wildcard.HasWildcard(p))
                .Select(Catalog.FindAction).OfType<ServiceAction>();

    /// <summary>True when the statement's action element covers <paramref name="action"/>.</summary>
    public static bool Covers(Statement statement, string action) => statement.Action.Applies(action.ToLowerInvariant());

    /// <summary>True when the statement applies to every resource (<c>"*"</c>, or no resource element as in a trust policy).</summary>
    public static bool OnAllResources(Statement statement) =>
        statement.Resource is null || (!statement.Resource.IsNot && statement.Resource.Patterns.Any(p => p.Text == "*"));

    /// <summary>True when the statement has a <c>Condition</c>.</summary>
    public static bool HasConditions(Statement statement) => statement.Conditions.Length > 0;

    /// <summary>The condition keys the statement tests, lower-cased.</summary>
    public static HashSet<string> ConditionKeys(Statement statement) =>
        statement.Conditions.Select(c => c.Key.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
}
