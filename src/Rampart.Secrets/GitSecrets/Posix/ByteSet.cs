namespace Rampart.Secrets.GitSecrets.Posix;

/// <summary>A set of byte values (0–255): the character classes of a byte-semantics regex.</summary>
public sealed class ByteSet
{
    private readonly ulong[] _bits = new ulong[4];

    /// <summary>True when <paramref name="b"/> is in the set.</summary>
    public bool Contains(byte b) => (_bits[b >> 6] & (1UL << (b & 63))) != 0;

    /// <summary>Adds one byte.</summary>
    public void Add(int b) => _bits[b >> 6] |= 1UL << (b & 63);

    /// <summary>Adds the inclusive range <paramref name="from"/>..<paramref name="to"/>.</summary>
    public void AddRange(int from, int to)
    {
        for (var b = from; b <= to; b++)
        {
            Add(b);
        }
    }

    /// <summary>Adds every byte of <paramref name="other"/>.</summary>
    public void AddAll(ByteSet other)
    {
        for (var i = 0; i < 4; i++)
        {
            _bits[i] |= other._bits[i];
        }
    }

    /// <summary>Flips membership of every byte.</summary>
    public void Invert()
    {
        for (var i = 0; i < 4; i++)
        {
            _bits[i] = ~_bits[i];
        }
    }

    /// <summary>Removes one byte.</summary>
    public void Remove(int b) => _bits[b >> 6] &= ~(1UL << (b & 63));

    /// <summary>A set holding one byte.</summary>
    public static ByteSet Of(int b)
    {
        var set = new ByteSet();
        set.Add(b);
        return set;
    }
}
