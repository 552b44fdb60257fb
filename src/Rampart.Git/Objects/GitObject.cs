namespace Rampart.Git.Objects;

/// <summary>
/// An object's type and content (without the <c>type size\0</c> header): <paramref name="Length"/>
/// bytes of <paramref name="Buffer"/> from <paramref name="Offset"/>. Commits always get a buffer
/// of their exact length, and so do trees unless the reader keeps them in a <see cref="TreeRing"/>;
/// a blob's buffer may be pooled and longer (see <see cref="ObjectReader"/> for how long it stays valid).
/// </summary>
public readonly record struct GitObject(ObjectKind Kind, byte[] Buffer, int Offset, int Length)
{
    /// <summary>The content.</summary>
    public ReadOnlySpan<byte> Content => Buffer.AsSpan(Offset, Length);

    /// <summary>The content, for the reader that builds it.</summary>
    internal Span<byte> Writable => Buffer.AsSpan(Offset, Length);
}
