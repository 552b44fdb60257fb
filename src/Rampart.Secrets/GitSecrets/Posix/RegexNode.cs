namespace Rampart.Secrets.GitSecrets.Posix;

/// <summary>The parsed form of a POSIX extended regular expression.</summary>
public abstract record RegexNode;

/// <summary>Matches one byte from <paramref name="Bytes"/>.</summary>
public sealed record SetNode(ByteSet Bytes) : RegexNode;

/// <summary>Matches the parts one after another.</summary>
public sealed record ConcatNode(IReadOnlyList<RegexNode> Parts) : RegexNode;

/// <summary>Matches any one of the branches (<c>|</c>).</summary>
public sealed record AlternationNode(IReadOnlyList<RegexNode> Branches) : RegexNode;

/// <summary>Matches <paramref name="Body"/> between <paramref name="Min"/> and <paramref name="Max"/> times (-1: no limit).</summary>
public sealed record RepeatNode(RegexNode Body, int Min, int Max) : RegexNode;

/// <summary>Matches the empty string.</summary>
public sealed record EmptyNode : RegexNode;

/// <summary>A zero-width assertion: <c>^ $ \b \B \&lt; \&gt; \` \'</c>.</summary>
public sealed record AssertNode(AssertKind Kind) : RegexNode;

/// <summary>The zero-width assertions glibc and GNU grep know.</summary>
public enum AssertKind
{
    LineStart,
    LineEnd,
    WordBoundary,
    NotWordBoundary,
    WordStart,
    WordEnd,
    BufferStart,
    BufferEnd,
}
