using System.Text;

namespace Rampart.Secrets.Rules;

/// <summary>
/// Expands example templates so that no key-shaped literal is ever committed: <c>«m:36»</c> stands
/// for 36 characters drawn from alphabet <c>m</c>, generated deterministically from the template.
/// Alphabets: <c>m</c> letters and digits, <c>a</c> lower-case letters and digits, <c>A</c>
/// upper-case letters and digits, <c>l</c> lower-case letters, <c>U</c> upper-case letters,
/// <c>h</c> lower-case hex, <c>H</c> upper-case hex, <c>d</c> digits, <c>b</c> base64,
/// <c>u</c> base64url, <c>3</c> base32 (A–Z, 2–7), <c>t</c> lower-case base32, <c>c</c> bech32.
/// </summary>
public static class RuleExample
{
    private const string Open = "«";
    private const string Close = "»";

    /// <summary>The template with every placeholder replaced.</summary>
    public static string Expand(string template)
    {
        var state = Seed(template);
        var text = new StringBuilder(template.Length + 64);
        var position = 0;
        while (true)
        {
            var open = template.IndexOf(Open, position, StringComparison.Ordinal);
            if (open < 0)
            {
                text.Append(template, position, template.Length - position);
                return text.ToString();
            }

            var close = template.IndexOf(Close, open, StringComparison.Ordinal);
            var spec = template[(open + 1)..close];
            var colon = spec.IndexOf(':', StringComparison.Ordinal);
            var alphabet = Alphabet(spec[..colon]);
            var count = int.Parse(spec[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            text.Append(template, position, open - position);
            for (var i = 0; i < count; i++)
            {
                state = Next(state);
                text.Append(alphabet[(int)(state % (ulong)alphabet.Length)]);
            }

            position = close + 1;
        }
    }

    private static string Alphabet(string name) => name switch
    {
        "m" => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
        "a" => "abcdefghijklmnopqrstuvwxyz0123456789",
        "A" => "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
        "l" => "abcdefghijklmnopqrstuvwxyz",
        "U" => "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "h" => "0123456789abcdef",
        "H" => "0123456789ABCDEF",
        "d" => "0123456789",
        "b" => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
        "u" => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
        "3" => "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
        "t" => "abcdefghijklmnopqrstuvwxyz234567",
        "c" => "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L",
        _ => throw new ArgumentException($"unknown example alphabet `{name}`", nameof(name)),
    };

    private static ulong Seed(string template)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in template)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash | 1;
    }

    private static ulong Next(ulong state)
    {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
}
