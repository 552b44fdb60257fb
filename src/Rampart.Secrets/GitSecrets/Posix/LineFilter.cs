namespace Rampart.Secrets.GitSecrets.Posix;

/// <summary>
/// The fast path: a lazily built DFA for "some line of this buffer may match", with anchors taken
/// as always true, so it accepts a superset of the lines the <see cref="PikeMatcher"/> accepts.
/// <see cref="NextCandidate"/> walks a whole buffer with one table lookup per byte and stops at the
/// first line that may match; the exact matcher then decides that line. Lines end at a newline,
/// which is part of the line only when the filter is built with <c>includeNewline</c> (as
/// <c>git log -G</c> sees lines). Not thread-safe.
/// </summary>
public sealed class LineFilter
{
    private const int MaxStates = 4096;
    private readonly Instruction[] _code;
    private readonly bool _includeNewline;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<int[]> _sets = [];
    private bool[] _accepting = [];
    private int[] _table = [];
    private int _start;

    /// <summary>Builds the filter for a compiled program.</summary>
    public LineFilter(Instruction[] code, bool includeNewline)
    {
        _code = code;
        _includeNewline = includeNewline;
        Reset();
    }

    /// <summary>
    /// The start of the first line at or after <paramref name="from"/> that may match, or -1; when the
    /// pattern matches the empty string that is <paramref name="from"/> itself, even at the end.
    /// </summary>
    public int NextCandidate(ReadOnlySpan<byte> buffer, int from)
    {
        var state = _start;
        if (_accepting[state])
        {
            return from;
        }

        var table = _table;
        var accepting = _accepting;
        for (var i = from; i < buffer.Length; i++)
        {
            var b = buffer[i];
            var next = table[(state << 8) | b];
            if (next < 0)
            {
                next = Build(state, b);
                table = _table;
                accepting = _accepting;
                if (next < 0)
                {
                    return LineStart(buffer, from, i);
                }
            }

            state = next;
            if (accepting[state])
            {
                return LineStart(buffer, from, i);
            }

            if (b == '\n')
            {
                state = _start;
            }
        }

        return -1;
    }

    private static int LineStart(ReadOnlySpan<byte> buffer, int from, int i)
    {
        var before = buffer[from..i].LastIndexOf((byte)'\n');
        return before < 0 ? from : from + before + 1;
    }

    private void Reset()
    {
        _ids.Clear();
        _sets.Clear();
        _accepting = new bool[64];
        _table = new int[256 * 64];
        Array.Fill(_table, -1);
        _start = Intern(Closure([0]));
    }

    private int Build(int state, byte b)
    {
        if (_sets.Count >= MaxStates)
        {
            Reset();
            return -1;
        }

        if (b == '\n' && !_includeNewline)
        {
            _table[(state << 8) | b] = _start;
            return _start;
        }

        var moved = new List<int> { 0 };
        foreach (var pc in _sets[state])
        {
            if (_code[pc].Op == Opcode.Byte && _code[pc].Bytes!.Contains(b))
            {
                moved.Add(pc + 1);
            }
        }

        var target = Intern(Closure(moved));
        _table[(state << 8) | b] = target;
        return target;
    }

    private int[] Closure(List<int> seeds)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>(seeds);
        var kept = new SortedSet<int>();
        while (stack.Count > 0)
        {
            var pc = stack.Pop();
            if (!seen.Add(pc))
            {
                continue;
            }

            var instruction = _code[pc];
            switch (instruction.Op)
            {
                case Opcode.Jump:
                    stack.Push(instruction.X);
                    break;
                case Opcode.Split:
                    stack.Push(instruction.X);
                    stack.Push(instruction.Y);
                    break;
                case Opcode.Assert:
                    stack.Push(pc + 1);
                    break;
                default:
                    kept.Add(pc);
                    break;
            }
        }

        return [.. kept];
    }

    private int Intern(int[] set)
    {
        var key = string.Join(',', set);
        if (_ids.TryGetValue(key, out var id))
        {
            return id;
        }

        id = _sets.Count;
        _ids[key] = id;
        _sets.Add(set);
        if (id >= _accepting.Length)
        {
            Array.Resize(ref _accepting, _accepting.Length * 2);
            var grown = new int[_table.Length * 2];
            Array.Fill(grown, -1);
            _table.CopyTo(grown, 0);
            _table = grown;
        }

        _accepting[id] = set.Any(pc => _code[pc].Op == Opcode.Match);
        return id;
    }
}
