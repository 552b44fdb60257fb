using System.Buffers.Binary;

namespace Rampart.Git.Objects;

/// <summary>A SHA-1 object name: 20 bytes, compared and hashed by value.</summary>
public readonly struct ObjectId : IEquatable<ObjectId>
{
    /// <summary>The length of a raw SHA-1 name.</summary>
    public const int Size = 20;

    private readonly ulong _a;
    private readonly ulong _b;
    private readonly uint _c;

    private ObjectId(ulong a, ulong b, uint c) => (_a, _b, _c) = (a, b, c);

    /// <summary>The name in its 20 raw bytes.</summary>
    public static ObjectId FromRaw(ReadOnlySpan<byte> raw) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(raw), BinaryPrimitives.ReadUInt64BigEndian(raw[8..]), BinaryPrimitives.ReadUInt32BigEndian(raw[16..]));

    /// <summary>The name from 40 hex digits; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> hex, out ObjectId id)
    {
        Span<byte> raw = stackalloc byte[Size];
        if (hex.Length != 2 * Size || Convert.FromHexString(hex, raw, out _, out var written) != System.Buffers.OperationStatus.Done || written != Size)
        {
            id = default;
            return false;
        }

        id = FromRaw(raw);
        return true;
    }

    /// <summary>The name from 40 hex digits in ASCII bytes; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<byte> hex, out ObjectId id)
    {
        Span<char> chars = stackalloc char[2 * Size];
        if (hex.Length != chars.Length)
        {
            id = default;
            return false;
        }

        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)hex[i];
        }

        return TryParse(chars, out id);
    }

    /// <summary>Writes the 20 raw bytes.</summary>
    public void WriteRaw(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, _a);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _b);
        BinaryPrimitives.WriteUInt32BigEndian(destination[16..], _c);
    }

    /// <summary>The first two bytes, big-endian.</summary>
    public int FirstTwoBytes => (int)(_a >> 48);

    /// <summary>Compares names in byte order, as pack indexes sort them.</summary>
    public int CompareTo(ReadOnlySpan<byte> raw)
    {
        var a = BinaryPrimitives.ReadUInt64BigEndian(raw);
        if (a != _a)
        {
            return _a < a ? -1 : 1;
        }

        var b = BinaryPrimitives.ReadUInt64BigEndian(raw[8..]);
        if (b != _b)
        {
            return _b < b ? -1 : 1;
        }

        var c = BinaryPrimitives.ReadUInt32BigEndian(raw[16..]);
        return _c == c ? 0 : _c < c ? -1 : 1;
    }

    /// <inheritdoc/>
    public bool Equals(ObjectId other) => _a == other._a && _b == other._b && _c == other._c;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ObjectId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (int)_b ^ (int)(_a >> 32);

    /// <summary>The 40 lower-case hex digits.</summary>
    public override string ToString()
    {
        Span<byte> raw = stackalloc byte[Size];
        WriteRaw(raw);
        return Convert.ToHexStringLower(raw);
    }

    /// <summary>Equality by value.</summary>
    public static bool operator ==(ObjectId left, ObjectId right) => left.Equals(right);

    /// <summary>Inequality by value.</summary>
    public static bool operator !=(ObjectId left, ObjectId right) => !left.Equals(right);
}
