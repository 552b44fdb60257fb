namespace Rampart.Git.Objects;

/// <summary>
/// One tree entry: its mode and where its name and the name of the object it points to lie in the
/// tree's content (the object's name is read from there only when asked for: most entries a tree
/// walk passes are only compared or skipped).
/// </summary>
public readonly record struct TreeEntry(int Mode, int NameStart, int NameLength)
{
    /// <summary>Where the raw name of the object the entry points to starts.</summary>
    public int IdStart => NameStart + NameLength + 1;

    /// <summary>Where the next entry starts.</summary>
    public int End => IdStart + ObjectId.Size;

    /// <summary>The name's bytes in <paramref name="content"/>, the tree it was read from.</summary>
    public ReadOnlySpan<byte> Name(ReadOnlySpan<byte> content) => content.Slice(NameStart, NameLength);

    /// <summary>The object the entry points to, read from <paramref name="content"/>, the tree it was read from.</summary>
    public ObjectId Id(ReadOnlySpan<byte> content) => ObjectId.FromRaw(content.Slice(IdStart, ObjectId.Size));

    /// <summary>The raw name of the object the entry points to, in <paramref name="content"/>.</summary>
    public ReadOnlySpan<byte> RawId(ReadOnlySpan<byte> content) => content.Slice(IdStart, ObjectId.Size);
}
