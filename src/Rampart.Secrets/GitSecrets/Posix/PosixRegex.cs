using Rampart.Core;

namespace Rampart.Secrets.GitSecrets.Posix;

/// <summary>
/// A compiled POSIX ERE with byte semantics: a <see cref="LineFilter"/> to skip lines fast and a
/// <see cref="PikeMatcher"/> to decide them exactly. Not thread-safe (both keep scratch state).
/// </summary>
public sealed class PosixRegex
{
    private readonly Instruction[] _code;
    private readonly LiteralSearch? _literals;
    private LineFilter? _filter;
    private LineFilter? _newlineFilter;

    private PosixRegex(byte[] pattern, Instruction[] code, IReadOnlyList<byte[]>? literals, IReadOnlyList<string> warnings)
    {
        Pattern = pattern;
        _code = code;
        _literals = literals is null ? null : new LiteralSearch(literals);
        Matcher = new PikeMatcher(code);
        Warnings = warnings;
    }

    /// <summary>The pattern's bytes.</summary>
    public byte[] Pattern { get; }

    /// <summary>The fast superset filter for lines without their newline (grep), built on first use.</summary>
    public LineFilter Filter => _filter ??= new LineFilter(_code, includeNewline: false, _literals);

    /// <summary>The fast superset filter for lines with their newline (<c>git log -G</c>), built on first use.</summary>
    public LineFilter NewlineFilter => _newlineFilter ??= new LineFilter(_code, includeNewline: true, _literals);

    /// <summary>The exact matcher.</summary>
    public PikeMatcher Matcher { get; }

    /// <summary>GNU grep's warnings for this pattern (<c>* at start of expression</c>, …).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>
    /// Compiles <paramref name="pattern"/>; a failure carries glibc's error text as its message.
    /// <paramref name="ignoreCase"/> folds ASCII letters (GNU grep <c>-i</c>, C locale).
    /// </summary>
    public static ParseResult<PosixRegex> Compile(byte[] pattern, RegexDialect dialect, bool ignoreCase = false)
    {
        var (node, error, warnings, hasBackReference) = PosixRegexParser.Parse(pattern, dialect, ignoreCase);
        if (error is not null)
        {
            return Fail(error);
        }

        if (hasBackReference)
        {
            return Fail("back-references (`\\1`…`\\9`) are not supported by rampart");
        }

        var code = ProgramCompiler.Compile(node!);
        return code is null ? Fail(RegexSyntaxError.TooBig) : ParseResult<PosixRegex>.Success(new PosixRegex(pattern, code, RequiredLiterals.Of(node!), warnings));
    }

    /// <summary>True when some substring of <paramref name="line"/> matches (no word rule).</summary>
    public bool IsMatch(ReadOnlySpan<byte> line) => Matcher.Search(line, 0, notBol: false, notEol: false, out _, out _);

    private static ParseResult<PosixRegex> Fail(string message) =>
        ParseResult<PosixRegex>.Failure(Diagnostic.Error("regex", message));
}
