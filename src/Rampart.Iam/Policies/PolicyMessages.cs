namespace Rampart.Iam.Policies;

/// <summary>
/// The texts IAM, Organizations and STS answer for invalid policy documents
/// (<c>MalformedPolicyDocument</c> and friends). Rampart's diagnostics start with AWS's text and
/// add, in parentheses, what exactly is wrong.
/// </summary>
public static class PolicyMessages
{
    /// <summary>Invalid JSON, wrong JSON type, unknown or repeated element.</summary>
    public const string Syntax = "Syntax errors in policy.";

    /// <summary>A <c>Version</c> other than 2012-10-17 or 2008-10-17.</summary>
    public const string LegacyParsing = "The policy failed legacy parsing";

    /// <summary>A statement without <c>Action</c>/<c>NotAction</c>.</summary>
    public const string MissingActions = "Policy statement must contain actions.";

    /// <summary>A statement without <c>Resource</c>/<c>NotResource</c>.</summary>
    public const string MissingResources = "Policy statement must contain resources.";

    /// <summary>A principal element in an identity-side policy.</summary>
    public const string NoPrincipalAllowed = "Policy document should not specify a principal.";

    /// <summary>A resource-based or trust statement without a principal.</summary>
    public const string MissingPrincipal = "Missing required field Principal";

    /// <summary>A principal value that is not valid.</summary>
    public const string InvalidPrincipal = "Invalid principal in policy";

    /// <summary>An action or condition key without a service prefix.</summary>
    public const string VendorPrefix = "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.";

    /// <summary>Two statements with the same Sid.</summary>
    public const string DuplicateSid = "Statement IDs (SID) in a single policy must be unique.";

    /// <summary>A Sid with characters other than letters and digits (IAM policies).</summary>
    public const string SidAlphanumeric = "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*";

    /// <summary>A condition operator that does not exist.</summary>
    public static string InvalidConditionType(string name) => $"Invalid Condition type : {name}";

    /// <summary>An element not allowed in this policy type.</summary>
    public static string Prohibited(string element) => $"Has prohibited field {element}";

    /// <summary>A required element that is absent.</summary>
    public static string MissingField(string element) => $"Missing required field {element}";

    /// <summary>The size quota message for <paramref name="type"/>.</summary>
    public static string SizeQuota(PolicyType type, int limit) => type switch
    {
        PolicyType.Trust => $"Cannot exceed quota for ACLSizePerRole: {limit}",
        PolicyType.Identity or PolicyType.PermissionBoundary => $"Cannot exceed quota for PolicySize: {limit}",
        PolicyType.Session => $"Member must have length less than or equal to {limit}",
        _ => $"The provided policy document exceeds the maximum size of {limit} characters.",
    };
}
