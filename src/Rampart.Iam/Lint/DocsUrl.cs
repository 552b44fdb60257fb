namespace Rampart.Iam.Lint;

/// <summary>The AWS documentation pages the checks cite.</summary>
public static class DocsUrl
{
    /// <summary>IAM User Guide pages.</summary>
    public const string Iam = "https://docs.aws.amazon.com/IAM/latest/UserGuide/";

    /// <summary>The Service Authorization Reference.</summary>
    public const string ServiceAuthorization = "https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html";

    /// <summary>IAM Access Analyzer's policy check reference.</summary>
    public const string AccessAnalyzerChecks = Iam + "access-analyzer-reference-policy-checks.html";

    /// <summary>Condition operators.</summary>
    public const string ConditionOperators = Iam + "reference_policies_elements_condition_operators.html";

    /// <summary>Single-valued and multivalued context keys.</summary>
    public const string MultivaluedKeys = Iam + "reference_policies_condition-single-vs-multi-valued-context-keys.html";

    /// <summary>Global condition context keys.</summary>
    public const string GlobalKeys = Iam + "reference_policies_condition-keys.html";

    /// <summary>Amazon Resource Names.</summary>
    public const string Arns = Iam + "reference-arns.html";
}
