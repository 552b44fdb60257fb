using System.Text;

namespace Rampart.Events.Patterns;

/// <summary>
/// A <c>wildcard</c> operand: <c>*</c> matches any run of characters (none included); <c>\*</c> is
/// a literal asterisk and <c>\\</c> a literal backslash; any other escape and <c>**</c> are errors,
/// reported at the byte position AWS reports (counting the opening quote of the JSON string).
/// </summary>
public sealed class WildcardPattern
{
    /// <summary>Above this many simultaneously live positions the service rejects the rule (see docs/events.md).</summary>
    public const int MaxComplexity = 10;

    private const int MaxExploredStates = 4096;
    private readonly byte[][] _segments;

    private WildcardPattern(string text, byte[][] segments)
    {
        Text = text;
        _segments = segments;
    }

    /// <summary>The operand as written.</summary>
    public string Text { get; }

    /// <summary>True when the operand has no unescaped <c>*</c>.</summary>
    public bool IsLiteral => _segments.Length == 1;

    /// <summary>Parses an operand; a bad one yields AWS's reason text.</summary>
    public static bool TryParse(string text, out WildcardPattern pattern, out string? reason)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var segments = new List<byte[]>();
        var current = new List<byte>();
        pattern = null!;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b == (byte)'*')
            {
                if (i + 1 < bytes.Length && bytes[i + 1] == (byte)'*')
                {
                    reason = $"Consecutive wildcard characters at pos {i + 1}";
                    return false;
                }

                segments.Add([.. current]);
                current.Clear();
            }
            else if (b == (byte)'\\')
            {
                if (i + 1 >= bytes.Length || bytes[i + 1] is not ((byte)'*' or (byte)'\\'))
                {
                    reason = $"Invalid escape character at pos {i + 1}";
                    return false;
                }

                current.Add(bytes[++i]);
            }
            else
            {
                current.Add(b);
            }
        }

        segments.Add([.. current]);
        pattern = new WildcardPattern(text, [.. segments]);
        reason = null;
        return true;
    }

    /// <summary>True when the whole of <paramref name="value"/> matches.</summary>
    public bool IsMatch(ReadOnlySpan<byte> value)
    {
        if (_segments.Length == 1)
        {
            return value.SequenceEqual(_segments[0]);
        }

        var first = _segments[0];
        var last = _segments[^1];
        if (value.Length < first.Length + last.Length || !value.StartsWith(first) || !value.EndsWith(last))
        {
            return false;
        }

        var middle = value[first.Length..^last.Length];
        for (var i = 1; i < _segments.Length - 1; i++)
        {
            var at = middle.IndexOf(_segments[i]);
            if (at < 0)
            {
                return false;
            }

            middle = middle[(at + _segments[i].Length)..];
        }

        return true;
    }

    /// <summary>
    /// The most positions of this pattern that one input can keep alive at once (an NFA simulation
    /// over every distinct input byte), counted up to <paramref name="cap"/>; the cap when that is
    /// reached or too costly to find.
    /// </summary>
    public int Complexity(int cap)
    {
        var tokens = new List<int>(_segments[0].Select(b => (int)b));
        foreach (var segment in _segments.Skip(1))
        {
            tokens.Add(-1);
            tokens.AddRange(segment.Select(b => (int)b));
        }

        var alphabet = tokens.Where(t => t >= 0).Distinct().Append(-2).ToArray();
        var start = Closure(tokens, [0]);
        var seen = new HashSet<string> { Key(start) };
        var queue = new Queue<SortedSet<int>>([start]);
        var max = start.Count;
        while (queue.Count > 0)
        {
            var states = queue.Dequeue();
            foreach (var symbol in alphabet)
            {
                var next = Step(tokens, states, symbol);
                if (next.Count > 0 && seen.Add(Key(next)))
                {
                    max = Math.Max(max, next.Count);
                    if (max >= cap || seen.Count > MaxExploredStates)
                    {
                        return cap;
                    }

                    queue.Enqueue(next);
                }
            }
        }

        return max;
    }

    private static SortedSet<int> Step(List<int> tokens, SortedSet<int> states, int symbol)
    {
        var next = new SortedSet<int>();
        foreach (var s in states)
        {
            if (s < tokens.Count && tokens[s] == -1)
            {
                next.Add(s);
            }
            else if (s < tokens.Count && tokens[s] == symbol)
            {
                next.Add(s + 1);
            }
        }

        return Closure(tokens, next);
    }

    private static SortedSet<int> Closure(List<int> tokens, IEnumerable<int> states)
    {
        var set = new SortedSet<int>(states);
        foreach (var s in set.ToArray())
        {
            for (var t = s; t < tokens.Count && tokens[t] == -1; t++)
            {
                set.Add(t + 1);
            }
        }

        return set;
    }

    private static string Key(SortedSet<int> states) => string.Join(',', states);
}
