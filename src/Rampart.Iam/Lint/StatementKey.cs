using Rampart.Iam.Policies;

namespace Rampart.Iam.Lint;

/// <summary>
/// A canonical text of what a statement does, ignoring its Sid and the order of values, so that
/// two statements that do the same thing compare equal. Action names compare ignoring case.
/// </summary>
public static class StatementKey
{
    /// <summary>The canonical text.</summary>
    public static string Of(Statement statement)
    {
        var actions = string.Join(',', statement.Action.Patterns.Select(p => p.ToLowerInvariant()).Order(StringComparer.Ordinal));
        var resources = statement.Resource is null
            ? "-"
            : (statement.Resource.IsNot ? "!" : string.Empty) + string.Join(',', statement.Resource.Patterns.Select(p => p.Text).Order(StringComparer.Ordinal));
        var principals = statement.Principal is null
            ? "-"
            : (statement.Principal.IsNot ? "!" : string.Empty) + string.Join(',', statement.Principal.Entries.Select(e => $"{e.Kind}={e.Value}").Order(StringComparer.Ordinal));
        var conditions = string.Join(
            ';',
            statement.Conditions
                .Select(c => $"{c.OperatorText}|{c.Key.ToLowerInvariant()}|{string.Join(',', c.Values.Select(v => v.Text.Text).Order(StringComparer.Ordinal))}")
                .Order(StringComparer.Ordinal));
        return $"{statement.Effect}|{(statement.Action.IsNot ? "!" : string.Empty)}{actions}|{resources}|{principals}|{conditions}";
    }
}
