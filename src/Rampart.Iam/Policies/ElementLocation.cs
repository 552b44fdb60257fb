using Rampart.Core;

namespace Rampart.Iam.Policies;

/// <summary>
/// Where a policy element sits: its byte offset in the source and its JSON pointer (a parent path
/// plus the element's own token). Line and column are computed on demand from the document's
/// <see cref="SourceMap"/> and the pointer text on demand from the parent chain, so parsing pays
/// almost nothing for locations that are never shown.
/// </summary>
public readonly record struct ElementLocation(SourceMap? Map, int Offset, JsonPath Parent, string? Token)
{
    /// <summary>A location with a pointer given as text.</summary>
    public ElementLocation(SourceMap? map, int offset, string pointer)
        : this(map, offset, JsonPath.Root(pointer), null)
    {
    }

    /// <summary>The JSON pointer (RFC 6901).</summary>
    public string Pointer => Token is null ? Parent.Text : JsonPath.Join(Parent.Text, Token);

    /// <summary>The location as line:col plus JSON pointer.</summary>
    public SourceLocation ToSourceLocation()
    {
        var pointer = Pointer.Length == 0 ? null : Pointer;
        return Map is null ? new SourceLocation(0, 0, pointer) : Map.Locate(Offset, pointer);
    }

    /// <summary>
    /// The same location made ready to hold children: its path becomes one parent object, so
    /// that <see cref="Child"/> and <see cref="Item"/> on it allocate nothing.
    /// </summary>
    public ElementLocation AsContainer() => Token is null ? this : new(Map, Offset, new JsonPath(Parent, Token), null);

    /// <summary>A child element's location: same map, new offset, pointer extended by <paramref name="token"/>.</summary>
    public ElementLocation Child(int offset, string token) => new(Map, offset, AsContainer().Parent, token);

    /// <summary>A child array item's location.</summary>
    public ElementLocation Item(int offset, int index) => Child(offset, JsonPath.Index(index));

    /// <inheritdoc />
    public override string ToString() => ToSourceLocation().ToString();
}
