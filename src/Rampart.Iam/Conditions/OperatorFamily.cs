namespace Rampart.Iam.Conditions;

/// <summary>The condition operator families of the IAM documentation.</summary>
public enum OperatorFamily
{
    /// <summary><c>String…</c> operators.</summary>
    String,

    /// <summary><c>Numeric…</c> operators.</summary>
    Numeric,

    /// <summary><c>Date…</c> operators.</summary>
    Date,

    /// <summary><c>Bool</c>.</summary>
    Bool,

    /// <summary><c>BinaryEquals</c>.</summary>
    Binary,

    /// <summary><c>IpAddress</c>, <c>NotIpAddress</c>.</summary>
    IpAddress,

    /// <summary><c>Arn…</c> operators.</summary>
    Arn,

    /// <summary><c>Null</c>.</summary>
    Null,
}

/// <summary>The comparison an operator makes between a request value and a policy value.</summary>
public enum Comparison
{
    /// <summary>Exact equality (for IP: containment; for ARNs: component-wise match).</summary>
    Equals,

    /// <summary>Equality ignoring case.</summary>
    EqualsIgnoreCase,

    /// <summary>Wildcard match.</summary>
    Like,

    /// <summary>Request value less than policy value.</summary>
    LessThan,

    /// <summary>Less than or equal.</summary>
    LessThanEquals,

    /// <summary>Greater than.</summary>
    GreaterThan,

    /// <summary>Greater than or equal.</summary>
    GreaterThanEquals,

    /// <summary>Key presence (<c>Null</c>).</summary>
    Exists,
}

/// <summary>The set qualifier before an operator.</summary>
public enum SetOperator
{
    /// <summary>No qualifier.</summary>
    None,

    /// <summary><c>ForAnyValue:</c> — some request value satisfies the operator.</summary>
    ForAnyValue,

    /// <summary><c>ForAllValues:</c> — every request value satisfies it (true for a missing or empty key).</summary>
    ForAllValues,
}
