using Rampart.Core;

namespace Rampart.Iam.Policies;

/// <summary>
/// Where a policy element sits: its byte offset in the source and its JSON pointer. Line and column
/// are computed on demand from the document's <see cref="SourceMap"/>, and the pointer text is
/// built on demand from a chain of parents, so parsing pays only for locations that are shown.
/// </summary>
public readonly record struct ElementLocation(SourceMap? Map, int Offset, JsonPath Path)
{
    /// <summary>A location with a pointer given as text.</summary>
    public ElementLocation(SourceMap? map, int offset, string pointer)
        : this(map, offset, JsonPath.Root(pointer))
    {
    }

    /// <summary>The JSON pointer (RFC 6901).</summary>
    public string Pointer => Path.Text;

    /// <summary>The location as line:col plus JSON pointer.</summary>
    public SourceLocation ToSourceLocation()
    {
        var pointer = Pointer.Length == 0 ? null : Pointer;
        return Map is null ? new SourceLocation(0, 0, pointer) : Map.Locate(Offset, pointer);
    }

    /// <summary>A child element's location: same map, new offset, pointer extended by <paramref name="token"/>.</summary>
    public ElementLocation Child(int offset, string token) => new(Map, offset, new JsonPath(Path, token));

    /// <summary>A child array item's location.</summary>
    public ElementLocation Item(int offset, int index) => new(Map, offset, new JsonPath(Path, JsonPath.Index(index)));

    /// <inheritdoc />
    public override string ToString() => ToSourceLocation().ToString();
}
