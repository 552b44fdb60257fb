namespace Rampart.Iam.Reference;

/// <summary>
/// One character of a policy value after policy-variable substitution. <see cref="IsWildcard"/> is
/// true only for a <c>*</c> or <c>?</c> the policy author wrote as such; the escapes <c>${*}</c>
/// and <c>${?}</c> and substituted context values are literal (IAM User Guide › Policy elements:
/// Variables and tags › Special characters).
/// </summary>
internal readonly record struct PatternChar(char Value, bool IsWildcard)
{
    /// <summary>The characters of a value that had no variables: every <c>*</c> and <c>?</c> is a wildcard.</summary>
    public static PatternChar[] FromText(string text) =>
        [.. text.Select(c => new PatternChar(c, c is '*' or '?'))];

    /// <summary>The text with every character literal, for the equality operators.</summary>
    public static string ToText(IEnumerable<PatternChar> chars) => new([.. chars.Select(c => c.Value)]);
}
