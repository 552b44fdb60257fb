namespace Rampart.Git.Objects;

/// <summary>One tree entry: its mode, where its name lies in the tree's content, and the object it names.</summary>
public readonly record struct TreeEntry(int Mode, int NameStart, int NameLength, ObjectId Id)
{
    /// <summary>Where the next entry starts.</summary>
    public int End => NameStart + NameLength + 1 + ObjectId.Size;

    /// <summary>The name's bytes in <paramref name="content"/>, the tree it was read from.</summary>
    public ReadOnlySpan<byte> Name(ReadOnlySpan<byte> content) => content.Slice(NameStart, NameLength);
}
