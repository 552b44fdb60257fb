namespace Rampart.Iam.Reference;

/// <summary>The three outcomes of IAM User Guide › Policy evaluation logic › The difference between explicit and implicit denies.</summary>
internal static class Decision
{
    public const string Allow = "Allow";
    public const string ImplicitDeny = "ImplicitDeny";
    public const string ExplicitDeny = "ExplicitDeny";
}
