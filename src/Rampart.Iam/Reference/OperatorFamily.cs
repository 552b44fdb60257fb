namespace Rampart.Iam.Reference;

/// <summary>The condition operator families of IAM User Guide › Policy elements: Condition operators.</summary>
internal enum OperatorFamily
{
    String,
    Numeric,
    Date,
    Bool,
    Binary,
    IpAddress,
    Arn,
    Null,
}
