using System.Globalization;
using System.Text;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// git's colour specifications (<c>color.c</c>, <c>color_parse_mem</c>): words separated by blanks —
/// up to two colours (foreground, then background: <c>normal</c>, <c>default</c>, the eight names
/// and their <c>bright</c> forms, a number from -1 to 255, or <c>#rrggbb</c>), attributes (<c>bold</c>,
/// <c>dim</c>, <c>italic</c>, <c>ul</c>, <c>blink</c>, <c>reverse</c>, <c>strike</c>, each also with
/// <c>no</c> or <c>no-</c> before it) and <c>reset</c> — turned into one ANSI escape, attributes in
/// numeric order first (git 2.39 writes <c>reset</c> as an empty first field: <c>ESC[;32m</c>).
/// </summary>
public static class GitColor
{
    private static readonly string[] Names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"];
    private static readonly (string Name, int Set, int Unset)[] Attributes =
        [("bold", 1, 22), ("dim", 2, 22), ("italic", 3, 23), ("ul", 4, 24), ("blink", 5, 25), ("reverse", 7, 27), ("strike", 9, 29)];

    /// <summary>The escape for <paramref name="spec"/> (empty for none), or null when git would refuse it.</summary>
    public static string? Parse(string spec)
    {
        string? foreground = null, background = null;
        var colours = 0;
        var reset = false;
        var attributes = 0L;
        foreach (var word in spec.Split([' ', '\t', '\n', '\r', '\f', '\v'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Colour(word) is { } colour)
            {
                if (colours++ == 0)
                {
                    foreground = colour.Foreground;
                }
                else if (colours == 2)
                {
                    background = colour.Background;
                }
                else
                {
                    return null;
                }
            }
            else if (word.Equals("reset", StringComparison.OrdinalIgnoreCase))
            {
                reset = true;
            }
            else if (Attribute(word) is { } attribute)
            {
                attributes |= 1L << attribute;
            }
            else
            {
                return null;
            }
        }

        var parts = new List<string>();
        if (reset)
        {
            parts.Add("");
        }

        for (var bit = 0; bit < 64; bit++)
        {
            if ((attributes & (1L << bit)) != 0)
            {
                parts.Add(bit.ToString(CultureInfo.InvariantCulture));
            }
        }

        parts.AddRange(new[] { foreground, background }.OfType<string>());
        return parts.Count == 0 ? "" : new StringBuilder("\u001b[").AppendJoin(';', parts).Append('m').ToString();
    }

    /// <summary>A colour word's escape codes as a foreground and as a background (null for <c>normal</c>), or null when the word is no colour.</summary>
    private static (string? Foreground, string? Background)? Colour(string word)
    {
        var lower = word.ToLowerInvariant();
        var bright = lower.StartsWith("bright", StringComparison.Ordinal);
        var index = Array.IndexOf(Names, bright ? lower[6..] : lower);
        var number = index >= 0 ? (bright ? index + 8 : index)
            : lower == "default" ? -2
            : lower == "normal" ? -1
            : int.TryParse(lower, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value is >= -1 and <= 255 ? value
            : (int?)null;
        if (number is { } n)
        {
            return n switch
            {
                -2 => ("39", "49"),
                -1 => (null, null),
                < 8 => (Code(30 + n), Code(40 + n)),
                < 16 => (Code(90 + n - 8), Code(100 + n - 8)),
                _ => (Code(38) + ";5;" + Code(n), Code(48) + ";5;" + Code(n)),
            };
        }

        if (lower.Length == 7 && lower[0] == '#' && lower[1..].All(char.IsAsciiHexDigit))
        {
            var rgb = string.Join(';', new[] { lower[1..3], lower[3..5], lower[5..7] }.Select(hex => Code(Convert.ToInt32(hex, 16))));
            return ("38;2;" + rgb, "48;2;" + rgb);
        }

        return null;
    }

    private static string Code(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int? Attribute(string word)
    {
        var name = word.ToLowerInvariant();
        var negate = name.StartsWith("no", StringComparison.Ordinal);
        name = negate ? name[2..].TrimStart('-') : name;
        foreach (var (attribute, set, unset) in Attributes)
        {
            if (name == attribute)
            {
                return negate ? unset : set;
            }
        }

        return null;
    }
}
