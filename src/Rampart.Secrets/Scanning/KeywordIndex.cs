namespace Rampart.Secrets.Scanning;

/// <summary>
/// Which rules' keywords occur in a line, found in one pass (an Aho–Corasick automaton over the
/// lower-cased ASCII keywords, compiled to a full transition table), so a line costs the same
/// whether the pack has ten rules or three hundred.
/// </summary>
internal sealed class KeywordIndex
{
    private const int Alphabet = 128;
    private readonly int[] _next;
    private readonly int[][] _rulesAt;

    public KeywordIndex(IReadOnlyList<IReadOnlyList<string>> keywordsByRule)
    {
        var children = new List<int[]> { NewRow() };
        var outputs = new List<HashSet<int>> { new() };
        for (var rule = 0; rule < keywordsByRule.Count; rule++)
        {
            foreach (var keyword in keywordsByRule[rule])
            {
                var state = 0;
                foreach (var c in keyword.ToLowerInvariant())
                {
                    if (c >= Alphabet)
                    {
                        throw new ArgumentException($"keyword `{keyword}` is not ASCII", nameof(keywordsByRule));
                    }

                    if (children[state][c] < 0)
                    {
                        children[state][c] = children.Count;
                        children.Add(NewRow());
                        outputs.Add([]);
                    }

                    state = children[state][c];
                }

                outputs[state].Add(rule);
            }
        }

        var fail = new int[children.Count];
        var queue = new Queue<int>();
        for (var c = 0; c < Alphabet; c++)
        {
            var child = children[0][c];
            if (child < 0)
            {
                children[0][c] = 0;
            }
            else
            {
                fail[child] = 0;
                queue.Enqueue(child);
            }
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            outputs[state].UnionWith(outputs[fail[state]]);
            for (var c = 0; c < Alphabet; c++)
            {
                var child = children[state][c];
                if (child < 0)
                {
                    children[state][c] = children[fail[state]][c];
                }
                else
                {
                    fail[child] = children[fail[state]][c];
                    queue.Enqueue(child);
                }
            }
        }

        _next = new int[children.Count * Alphabet];
        for (var state = 0; state < children.Count; state++)
        {
            children[state].CopyTo(_next, state * Alphabet);
        }

        _rulesAt = [.. outputs.Select(o => o.Order().ToArray())];
    }

    /// <summary>Sets <c>hits[i]</c> for every rule whose keyword occurs in <paramref name="text"/>; true when any does.</summary>
    public bool Find(ReadOnlySpan<char> text, bool[] hits)
    {
        var any = false;
        var state = 0;
        foreach (var ch in text)
        {
            if (ch >= Alphabet)
            {
                state = 0;
                continue;
            }

            var c = ch is >= 'A' and <= 'Z' ? ch | 0x20 : ch;
            state = _next[(state * Alphabet) + c];
            foreach (var rule in _rulesAt[state])
            {
                hits[rule] = true;
                any = true;
            }
        }

        return any;
    }

    /// <summary>
    /// As <see cref="Find(ReadOnlySpan{char}, bool[])"/> on raw bytes: keywords are ASCII and every byte
    /// of a multi-byte UTF-8 sequence (and every non-ASCII Latin-1 byte) is 0x80 or above, so the
    /// bytes give the same hits as the decoded text and lines without hits are never decoded.
    /// </summary>
    public bool Find(ReadOnlySpan<byte> bytes, bool[] hits)
    {
        var any = false;
        var state = 0;
        foreach (var b in bytes)
        {
            if (b >= Alphabet)
            {
                state = 0;
                continue;
            }

            var c = b is >= (byte)'A' and <= (byte)'Z' ? b | 0x20 : b;
            state = _next[(state * Alphabet) + c];
            foreach (var rule in _rulesAt[state])
            {
                hits[rule] = true;
                any = true;
            }
        }

        return any;
    }

    private static int[] NewRow()
    {
        var row = new int[Alphabet];
        Array.Fill(row, -1);
        return row;
    }
}
