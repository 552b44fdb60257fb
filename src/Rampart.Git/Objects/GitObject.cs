namespace Rampart.Git.Objects;

/// <summary>
/// An object's type and content (without the <c>type size\0</c> header): the first
/// <paramref name="Length"/> bytes of <paramref name="Buffer"/>. Commits always get a buffer of
/// their exact length, and so do trees unless the reader pools them; a blob's buffer may be pooled
/// and longer (see <see cref="ObjectReader"/> for how long it stays valid).
/// </summary>
public readonly record struct GitObject(ObjectKind Kind, byte[] Buffer, int Length)
{
    /// <summary>The content.</summary>
    public ReadOnlySpan<byte> Content => Buffer.AsSpan(0, Length);
}
