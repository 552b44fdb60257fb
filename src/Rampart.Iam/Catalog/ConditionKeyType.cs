namespace Rampart.Iam.Catalog;

/// <summary>The value type of a condition key, as the Service Authorization Reference lists it.</summary>
public enum ConditionKeyType
{
    /// <summary>A string.</summary>
    String,

    /// <summary>A number.</summary>
    Numeric,

    /// <summary>A date and time (ISO 8601 or epoch seconds).</summary>
    Date,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Bool,

    /// <summary>A base64-encoded binary value.</summary>
    Binary,

    /// <summary>An IPv4 or IPv6 address or CIDR.</summary>
    IPAddress,

    /// <summary>An ARN.</summary>
    ARN,

    /// <summary>A multivalued key of strings.</summary>
    ArrayOfString,

    /// <summary>A multivalued key of numbers.</summary>
    ArrayOfNumeric,

    /// <summary>A multivalued key of dates.</summary>
    ArrayOfDate,

    /// <summary>A multivalued key of booleans.</summary>
    ArrayOfBool,

    /// <summary>A multivalued key of ARNs.</summary>
    ArrayOfARN,

    /// <summary>A multivalued key of IP addresses.</summary>
    ArrayOfIPAddress,
}
