namespace Rampart.Iam.Reference;

/// <summary>
/// A parsed condition operator name: optional <c>ForAnyValue:</c>/<c>ForAllValues:</c>, a base
/// operator, optional <c>IfExists</c> ("you can add IfExists to the end of any condition operator
/// name except the Null condition", IAM User Guide › Condition operators › ...IfExists condition operators).
/// A negated base operator (<c>StringNotEquals</c>, <c>NotIpAddress</c>, …) is the negation of its positive twin.
/// </summary>
internal sealed record ConditionOperator(SetOperator Set, OperatorFamily Family, string Comparison, bool Negated, bool IfExists)
{
    /// <summary>Base operator name → (family, comparison of the positive twin, negated).</summary>
    private static readonly Dictionary<string, (OperatorFamily Family, string Comparison, bool Negated)> Bases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["StringEquals"] = (OperatorFamily.String, "Equals", false),
        ["StringNotEquals"] = (OperatorFamily.String, "Equals", true),
        ["StringEqualsIgnoreCase"] = (OperatorFamily.String, "EqualsIgnoreCase", false),
        ["StringNotEqualsIgnoreCase"] = (OperatorFamily.String, "EqualsIgnoreCase", true),
        ["StringLike"] = (OperatorFamily.String, "Like", false),
        ["StringNotLike"] = (OperatorFamily.String, "Like", true),
        ["NumericEquals"] = (OperatorFamily.Numeric, "Equals", false),
        ["NumericNotEquals"] = (OperatorFamily.Numeric, "Equals", true),
        ["NumericLessThan"] = (OperatorFamily.Numeric, "LessThan", false),
        ["NumericLessThanEquals"] = (OperatorFamily.Numeric, "LessThanEquals", false),
        ["NumericGreaterThan"] = (OperatorFamily.Numeric, "GreaterThan", false),
        ["NumericGreaterThanEquals"] = (OperatorFamily.Numeric, "GreaterThanEquals", false),
        ["DateEquals"] = (OperatorFamily.Date, "Equals", false),
        ["DateNotEquals"] = (OperatorFamily.Date, "Equals", true),
        ["DateLessThan"] = (OperatorFamily.Date, "LessThan", false),
        ["DateLessThanEquals"] = (OperatorFamily.Date, "LessThanEquals", false),
        ["DateGreaterThan"] = (OperatorFamily.Date, "GreaterThan", false),
        ["DateGreaterThanEquals"] = (OperatorFamily.Date, "GreaterThanEquals", false),
        ["Bool"] = (OperatorFamily.Bool, "Equals", false),
        ["BinaryEquals"] = (OperatorFamily.Binary, "Equals", false),
        ["IpAddress"] = (OperatorFamily.IpAddress, "InRange", false),
        ["NotIpAddress"] = (OperatorFamily.IpAddress, "InRange", true),
        ["ArnEquals"] = (OperatorFamily.Arn, "Like", false),
        ["ArnLike"] = (OperatorFamily.Arn, "Like", false),
        ["ArnNotEquals"] = (OperatorFamily.Arn, "Like", true),
        ["ArnNotLike"] = (OperatorFamily.Arn, "Like", true),
        ["Null"] = (OperatorFamily.Null, "IsAbsent", false),
    };

    /// <summary>Parses an operator name, ignoring case (the documentation does not say operator names are case-sensitive); null when IAM does not know it.</summary>
    public static ConditionOperator? Parse(string name)
    {
        var set = SetOperator.None;
        var rest = name;
        if (rest.StartsWith("ForAnyValue:", StringComparison.OrdinalIgnoreCase))
        {
            set = SetOperator.ForAnyValue;
            rest = rest["ForAnyValue:".Length..];
        }
        else if (rest.StartsWith("ForAllValues:", StringComparison.OrdinalIgnoreCase))
        {
            set = SetOperator.ForAllValues;
            rest = rest["ForAllValues:".Length..];
        }

        var ifExists = rest.EndsWith("IfExists", StringComparison.OrdinalIgnoreCase);
        if (ifExists)
        {
            rest = rest[..^"IfExists".Length];
        }

        if (!Bases.TryGetValue(rest, out var b) || (b.Family == OperatorFamily.Null && (ifExists || set != SetOperator.None)))
        {
            return null;
        }

        return new ConditionOperator(set, b.Family, b.Comparison, b.Negated, ifExists);
    }
}
