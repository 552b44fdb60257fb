namespace Rampart.Secrets.GitSecrets.Posix;

/// <summary>
/// Which ERE parser the pattern meets. git-secrets hands its patterns to two different engines:
/// <c>git grep -E</c> and <c>git log -G</c> compile them with glibc's <c>regcomp(REG_EXTENDED)</c>,
/// while <c>grep -E</c> (explicit files, and the allowed-pattern filter) is GNU grep, which is more
/// forgiving: a repetition at the start of an expression is literal (with a warning) and a malformed
/// interval is literal text.
/// </summary>
public enum RegexDialect
{
    /// <summary>glibc <c>regcomp</c> with <c>REG_EXTENDED | REG_NEWLINE</c>, as git uses it.</summary>
    Glibc,

    /// <summary>GNU grep 3.8 <c>-E</c>.</summary>
    GnuGrep,
}
