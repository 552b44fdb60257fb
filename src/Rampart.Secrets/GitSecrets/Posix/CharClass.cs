namespace Rampart.Secrets.GitSecrets.Posix;

/// <summary>POSIX character classes (<c>[:alpha:]</c> …) as the C locale defines them, and the word bytes of <c>\w</c>.</summary>
public static class CharClass
{
    /// <summary>The class called <paramref name="name"/>, or null when the C locale has no such class.</summary>
    public static ByteSet? Find(string name)
    {
        var set = new ByteSet();
        for (var b = 0; b < 128; b++)
        {
            if (In(name, (char)b) is not { } member)
            {
                return null;
            }

            if (member)
            {
                set.Add(b);
            }
        }

        return set;
    }

    /// <summary>True for bytes that make up words: ASCII letters, digits and underscore.</summary>
    public static bool IsWord(byte b) => b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'_';

    /// <summary>The word bytes as a set.</summary>
    public static ByteSet Word()
    {
        var set = new ByteSet();
        for (var b = 0; b < 256; b++)
        {
            if (IsWord((byte)b))
            {
                set.Add(b);
            }
        }

        return set;
    }

    private static bool? In(string name, char c) => name switch
    {
        "alpha" => char.IsAsciiLetter(c),
        "upper" => char.IsAsciiLetterUpper(c),
        "lower" => char.IsAsciiLetterLower(c),
        "digit" => char.IsAsciiDigit(c),
        "xdigit" => char.IsAsciiHexDigit(c),
        "alnum" => char.IsAsciiLetterOrDigit(c),
        "space" => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r',
        "blank" => c is ' ' or '\t',
        "print" => c is >= ' ' and <= '~',
        "graph" => c is > ' ' and <= '~',
        "punct" => c is > ' ' and <= '~' && !char.IsAsciiLetterOrDigit(c),
        "cntrl" => c < ' ' || c == 127,
        _ => null,
    };
}
