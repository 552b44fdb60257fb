using System.Collections.Frozen;

namespace Rampart.Iam.Conditions;

/// <summary>
/// The registry of condition operators (IAM User Guide, "IAM JSON policy elements: Condition
/// operators"). Lookup ignores case. Each entry carries docs and an example a registry test checks.
/// </summary>
public static class ConditionOperators
{
    private const string DocsUrl = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html";

    /// <summary>Every operator, in the order of the documentation.</summary>
    public static IReadOnlyList<ConditionOperator> All { get; } =
    [
        new("StringEquals", OperatorFamily.String, Comparison.Equals, false, "exact, case-sensitive string match", ("blue", "blue")),
        new("StringNotEquals", OperatorFamily.String, Comparison.Equals, true, "negated exact string match", ("red", "blue")),
        new("StringEqualsIgnoreCase", OperatorFamily.String, Comparison.EqualsIgnoreCase, false, "string match ignoring case", ("BLUE", "blue")),
        new("StringNotEqualsIgnoreCase", OperatorFamily.String, Comparison.EqualsIgnoreCase, true, "negated string match ignoring case", ("red", "BLUE")),
        new("StringLike", OperatorFamily.String, Comparison.Like, false, "case-sensitive match with * and ? wildcards", ("home/alice/x", "home/*")),
        new("StringNotLike", OperatorFamily.String, Comparison.Like, true, "negated wildcard match", ("tmp/x", "home/*")),
        new("NumericEquals", OperatorFamily.Numeric, Comparison.Equals, false, "numbers equal", ("10", "10.0")),
        new("NumericNotEquals", OperatorFamily.Numeric, Comparison.Equals, true, "numbers differ", ("10", "11")),
        new("NumericLessThan", OperatorFamily.Numeric, Comparison.LessThan, false, "request value < policy value", ("9", "10")),
        new("NumericLessThanEquals", OperatorFamily.Numeric, Comparison.LessThanEquals, false, "request value <= policy value", ("10", "10")),
        new("NumericGreaterThan", OperatorFamily.Numeric, Comparison.GreaterThan, false, "request value > policy value", ("11", "10")),
        new("NumericGreaterThanEquals", OperatorFamily.Numeric, Comparison.GreaterThanEquals, false, "request value >= policy value", ("10", "10")),
        new("DateEquals", OperatorFamily.Date, Comparison.Equals, false, "instants equal (ISO 8601 or epoch seconds)", ("2025-01-01T00:00:00Z", "1735689600")),
        new("DateNotEquals", OperatorFamily.Date, Comparison.Equals, true, "instants differ", ("2025-01-02T00:00:00Z", "2025-01-01T00:00:00Z")),
        new("DateLessThan", OperatorFamily.Date, Comparison.LessThan, false, "request instant before policy instant", ("2024-12-31T23:59:59Z", "2025-01-01T00:00:00Z")),
        new("DateLessThanEquals", OperatorFamily.Date, Comparison.LessThanEquals, false, "request instant at or before policy instant", ("2025-01-01T00:00:00Z", "2025-01-01")),
        new("DateGreaterThan", OperatorFamily.Date, Comparison.GreaterThan, false, "request instant after policy instant", ("2025-01-01T00:00:01Z", "2025-01-01T00:00:00Z")),
        new("DateGreaterThanEquals", OperatorFamily.Date, Comparison.GreaterThanEquals, false, "request instant at or after policy instant", ("2025-01-01T00:00:00Z", "2025-01-01T00:00:00Z")),
        new("Bool", OperatorFamily.Bool, Comparison.Equals, false, "boolean match (`true`/`false`, any case)", ("true", "TRUE")),
        new("BinaryEquals", OperatorFamily.Binary, Comparison.Equals, false, "byte-for-byte match of base64 values", ("QmluYXJ5VmFsdWVJbkJhc2U2NA==", "QmluYXJ5VmFsdWVJbkJhc2U2NA==")),
        new("IpAddress", OperatorFamily.IpAddress, Comparison.Equals, false, "address inside a CIDR range (IPv4 or IPv6)", ("203.0.113.10", "203.0.113.0/24")),
        new("NotIpAddress", OperatorFamily.IpAddress, Comparison.Equals, true, "address outside every CIDR range", ("198.51.100.1", "203.0.113.0/24")),
        new("ArnEquals", OperatorFamily.Arn, Comparison.Equals, false, "ARN match, component by component, wildcards allowed", ("arn:aws:iam::111122223333:role/dev", "arn:aws:iam::*:role/dev")),
        new("ArnLike", OperatorFamily.Arn, Comparison.Like, false, "ARN match, component by component, wildcards allowed", ("arn:aws:iam::111122223333:role/dev", "arn:aws:iam::111122223333:role/*")),
        new("ArnNotEquals", OperatorFamily.Arn, Comparison.Equals, true, "negated ARN match", ("arn:aws:iam::111122223333:role/ops", "arn:aws:iam::*:role/dev")),
        new("ArnNotLike", OperatorFamily.Arn, Comparison.Like, true, "negated ARN match", ("arn:aws:iam::111122223333:user/bob", "arn:aws:iam::*:role/*")),
        new("Null", OperatorFamily.Null, Comparison.Exists, false, "`true`: the key is absent; `false`: it is present", ("(absent)", "true")),
    ];

    /// <summary>Where the operators are documented.</summary>
    public static string Docs => DocsUrl;

    private static readonly FrozenDictionary<string, ConditionOperator> ByName =
        All.ToFrozenDictionary(o => o.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds a base operator by name, ignoring case.</summary>
    public static ConditionOperator? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The valid names, for error messages.</summary>
    public static string ValidNames => string.Join(", ", All.Select(o => o.Name));

    /// <summary>
    /// Splits a full operator as written (<c>ForAnyValue:StringLikeIfExists</c>) into set
    /// qualifier, base operator and <c>IfExists</c>. Null when it names no operator.
    /// </summary>
    public static (SetOperator Set, ConditionOperator Operator, bool IfExists)? Parse(string text)
    {
        var set = SetOperator.None;
        var rest = text.AsSpan();
        var colon = rest.IndexOf(':');
        if (colon >= 0)
        {
            var prefix = rest[..colon];
            if (prefix.Equals("ForAnyValue", StringComparison.OrdinalIgnoreCase))
            {
                set = SetOperator.ForAnyValue;
            }
            else if (prefix.Equals("ForAllValues", StringComparison.OrdinalIgnoreCase))
            {
                set = SetOperator.ForAllValues;
            }
            else
            {
                return null;
            }

            rest = rest[(colon + 1)..];
        }

        var ifExists = rest.EndsWith("IfExists", StringComparison.OrdinalIgnoreCase);
        if (ifExists)
        {
            rest = rest[..^"IfExists".Length];
        }

        var found = Find(rest.ToString());
        if (found is null || (found.Family == OperatorFamily.Null && (ifExists || set != SetOperator.None)))
        {
            return null;
        }

        return (set, found, ifExists);
    }
}
