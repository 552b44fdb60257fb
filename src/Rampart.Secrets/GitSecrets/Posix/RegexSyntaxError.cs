namespace Rampart.Secrets.GitSecrets.Posix;

/// <summary>glibc's <c>regerror</c> texts, which git and GNU grep print for a bad pattern.</summary>
public static class RegexSyntaxError
{
    public const string BadRepetition = "Invalid preceding regular expression";
    public const string UnmatchedParen = "Unmatched ( or \\(";
    public const string UnmatchedBrace = "Unmatched \\{";
    public const string BadInterval = "Invalid content of \\{\\}";
    public const string UnmatchedBracket = "Unmatched [, [^, [:, [., or [=";
    public const string BadClass = "Invalid character class name";
    public const string BadCollation = "Invalid collation character";
    public const string TrailingBackslash = "Trailing backslash";
    public const string BadBackReference = "Invalid back reference";
    public const string BadRange = "Invalid range end";
    public const string TooBig = "Regular expression too big";
}
