namespace Rampart.Git.GitSecrets;

/// <summary>
/// git's reading of a boolean config value (<c>git_config_bool</c>): true/yes/on, false/no/off or
/// empty, else an integer as <c>git_parse_signed</c> reads it — leading blanks, a sign, a
/// <c>0x</c> or <c>0</c> base prefix as <c>strtoimax</c> takes them, then an optional k, m or g
/// unit — where non-zero is true.
/// </summary>
public static class GitBoolean
{
    /// <summary>The value, or null when git would refuse it as a boolean (and die).</summary>
    public static bool? Parse(string value) => value.ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" or "" => false,
        var number => Integer(number) is { } integer ? integer != 0 : null,
    };

    /// <summary>The integer git reads from <paramref name="text"/>, or null when it refuses it (no digits, a bad unit, outside an int).</summary>
    private static long? Integer(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] is ' ' or '\t' or '\n' or '\v' or '\f' or '\r')
        {
            i++;
        }

        var negative = i < text.Length && text[i] == '-';
        i += i < text.Length && text[i] is '+' or '-' ? 1 : 0;
        var radix = 10;
        if (i + 1 < text.Length && text[i] == '0' && text[i + 1] is 'x' or 'X' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 2]))
        {
            (radix, i) = (16, i + 2);
        }
        else if (i < text.Length && text[i] == '0')
        {
            radix = 8;
        }

        var start = i;
        long magnitude = 0;
        while (i < text.Length && Digit(text[i], radix) is { } digit)
        {
            magnitude = Math.Min((magnitude * radix) + digit, long.MaxValue / 1024 / 1024 / 1024);
            i++;
        }

        var factor = text[i..].ToLowerInvariant() switch { "" => 1L, "k" => 1024L, "m" => 1024L * 1024, "g" => 1024L * 1024 * 1024, _ => 0L };
        var result = (negative ? -magnitude : magnitude) * factor;
        return i == start || factor == 0 || result is > int.MaxValue or < int.MinValue ? null : result;
    }

    private static int? Digit(char c, int radix)
    {
        var value = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiHexDigit(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
        return value < radix ? value : null;
    }
}
