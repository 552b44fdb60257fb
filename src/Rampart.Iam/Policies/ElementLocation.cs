using Rampart.Core;

namespace Rampart.Iam.Policies;

/// <summary>
/// Where a policy element sits: its byte offset in the source and its JSON pointer. Line and column
/// are computed on demand from the document's <see cref="SourceMap"/>.
/// </summary>
public readonly record struct ElementLocation(SourceMap? Map, int Offset, string Pointer)
{
    /// <summary>The location as line:col plus JSON pointer.</summary>
    public SourceLocation ToSourceLocation() =>
        Map is null ? SourceLocation.Pointer(Pointer) : Map.Locate(Offset, Pointer);

    /// <summary>A child element's location: same map, new offset, pointer extended by <paramref name="token"/>.</summary>
    public ElementLocation Child(int offset, string token) => new(Map, offset, $"{Pointer}/{Escape(token)}");

    /// <inheritdoc />
    public override string ToString() => ToSourceLocation().ToString();

    private static string Escape(string token) =>
        token.Contains('~', StringComparison.Ordinal) || token.Contains('/', StringComparison.Ordinal)
            ? token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)
            : token;
}
