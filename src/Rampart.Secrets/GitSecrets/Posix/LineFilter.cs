using System.Buffers;
using System.Runtime.InteropServices;

namespace Rampart.Secrets.GitSecrets.Posix;

/// <summary>
/// The fast path: a lazily built DFA for "some line of this buffer may match", with anchors taken
/// as always true, so it accepts a superset of the lines the <see cref="PikeMatcher"/> accepts.
/// <see cref="NextCandidate"/> walks a whole buffer with one table lookup per byte and stops at the
/// first line that may match; the exact matcher then decides that line. Lines end at a newline,
/// which is part of the line only when the filter is built with <c>includeNewline</c> (as
/// <c>git log -G</c> sees lines). Not thread-safe.
/// </summary>
/// <remarks>
/// A state is the set of program positions that wait for a byte (its kernel, position 0 always
/// included because a match may start anywhere). Transitions are computed once per byte class
/// (<see cref="ByteClasses"/>) and stored for every byte of the class. Table entries hold the next
/// state's row offset (state × 256), <see cref="Accept"/> when the next state can end a match, or
/// <see cref="Unknown"/> until computed. After the newline of a line that did not match, the walk
/// is back in the start state (row 0).
/// </remarks>
public sealed class LineFilter
{
    private const int MaxStates = 4096;
    private const int Unknown = -1;
    private const int Accept = -2;
    private readonly Instruction[] _code;
    private readonly bool _includeNewline;
    private readonly ByteClasses _classes;
    private readonly Dictionary<int[], int> _ids = new(KernelComparer.Instance);
    private readonly List<int[]> _waiting = [];
    private readonly int[] _seen;
    private readonly int[] _stack;
    private readonly List<int> _kernel = [];
    private int _stamp;
    private bool _startAccepts;
    private int[] _table = [];
    private readonly LiteralSearch? _literals;
    private SearchValues<byte> _leaveStart = SearchValues.Create(ReadOnlySpan<byte>.Empty);

    /// <summary>
    /// Builds the filter for a compiled program; with <paramref name="literals"/> (strings one of
    /// which every match contains) it walks only the lines that hold one of them.
    /// </summary>
    public LineFilter(Instruction[] code, bool includeNewline, LiteralSearch? literals = null)
    {
        _code = code;
        _includeNewline = includeNewline;
        _literals = literals;
        _classes = new ByteClasses(code);
        _seen = new int[code.Length];
        _stack = new int[code.Length];
        Reset();
    }

    /// <summary>
    /// The start of the first line at or after <paramref name="from"/> that may match, or -1; when the
    /// pattern matches the empty string that is <paramref name="from"/> itself, even at the end.
    /// </summary>
    public int NextCandidate(ReadOnlySpan<byte> buffer, int from)
    {
        if (_startAccepts)
        {
            return from;
        }

        if (_literals is not null)
        {
            return NextLineWithLiteral(buffer, from);
        }

        var table = _table;
        var row = 0;
        for (var i = from; i < buffer.Length; i++)
        {
            var next = table[row | buffer[i]];
            if (next == 0)
            {
                var skip = buffer[(i + 1)..].IndexOfAny(_leaveStart);
                if (skip < 0)
                {
                    return -1;
                }

                i += skip;
            }
            else if (next < 0)
            {
                next = next == Accept ? Accept : Build(row, buffer[i]);
                if (next < 0)
                {
                    return LineStart(buffer, from, i);
                }

                table = _table;
            }

            row = next;
        }

        return -1;
    }

    /// <summary><see cref="NextCandidate"/> through the literals: the automaton walks each line that holds one, from its start to its end.</summary>
    private int NextLineWithLiteral(ReadOnlySpan<byte> buffer, int from)
    {
        var position = from;
        while (_literals!.Next(buffer, position) is var found and >= 0)
        {
            var start = LineStart(buffer, position, found);
            var table = _table;
            var row = 0;
            var i = start;
            for (; i < buffer.Length; i++)
            {
                var next = table[row | buffer[i]];
                if (next < 0)
                {
                    next = next == Accept ? Accept : Build(row, buffer[i]);
                    if (next < 0)
                    {
                        return start;
                    }

                    table = _table;
                }

                if (buffer[i] == '\n')
                {
                    break;
                }

                row = next;
            }

            position = i + 1;
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
        _waiting.Clear();
        _table = new int[256 * 64];
        Array.Fill(_table, Unknown);
        _kernel.Clear();
        _kernel.Add(0);
        _startAccepts = Intern() == Accept;
        var leave = new List<byte>();
        for (var b = 0; b < 256 && !_startAccepts; b++)
        {
            if (_table[b] == Unknown)
            {
                Build(0, (byte)b);
            }

            if (_table[b] != 0)
            {
                leave.Add((byte)b);
            }
        }

        _leaveStart = SearchValues.Create([.. leave]);
    }

    /// <summary>Computes the entry for <paramref name="row"/> on <paramref name="b"/> and stores it for b's whole class.</summary>
    private int Build(int row, byte b)
    {
        if (_waiting.Count >= MaxStates)
        {
            Reset();
            return Unknown;
        }

        int entry;
        if (b == '\n' && !_includeNewline)
        {
            entry = 0;
        }
        else
        {
            _kernel.Clear();
            _kernel.Add(0);
            foreach (var pc in _waiting[row >> 8])
            {
                if (_code[pc].Bytes!.Contains(b))
                {
                    _kernel.Add(pc + 1);
                }
            }

            entry = Intern();
            if (b == '\n' && entry != Accept)
            {
                entry = 0;
            }
        }

        foreach (var member in _classes.Members[_classes.Of(b)])
        {
            _table[row | member] = entry;
        }

        return entry;
    }

    /// <summary>The entry for the state whose kernel is in <see cref="_kernel"/> (sorted), creating the state when new.</summary>
    private int Intern()
    {
        var kernel = _kernel.ToArray();
        if (_ids.TryGetValue(kernel, out var known))
        {
            return known;
        }

        var waiting = Closure(kernel, out var accepts);
        var entry = accepts ? Accept : _waiting.Count << 8;
        _ids[kernel] = entry;
        if (accepts)
        {
            return entry;
        }

        _waiting.Add(waiting);
        if (_waiting.Count * 256 > _table.Length)
        {
            var grown = new int[_table.Length * 2];
            Array.Fill(grown, Unknown, _table.Length, _table.Length);
            _table.CopyTo(grown, 0);
            _table = grown;
        }

        return entry;
    }

    /// <summary>The byte-consuming positions reachable from <paramref name="kernel"/> by empty steps, sorted; whether a match ends there.</summary>
    private int[] Closure(int[] kernel, out bool accepts)
    {
        _stamp++;
        accepts = false;
        var waiting = new List<int>();
        var depth = 0;
        foreach (var seed in kernel)
        {
            Push(seed, ref depth);
        }

        while (depth > 0)
        {
            var pc = _stack[--depth];
            var instruction = _code[pc];
            switch (instruction.Op)
            {
                case Opcode.Jump:
                    Push(instruction.X, ref depth);
                    break;
                case Opcode.Split:
                    Push(instruction.X, ref depth);
                    Push(instruction.Y, ref depth);
                    break;
                case Opcode.Assert:
                    Push(pc + 1, ref depth);
                    break;
                case Opcode.Match:
                    accepts = true;
                    break;
                default:
                    waiting.Add(pc);
                    break;
            }
        }

        waiting.Sort();
        return [.. waiting];
    }

    private void Push(int pc, ref int depth)
    {
        if (_seen[pc] != _stamp)
        {
            _seen[pc] = _stamp;
            _stack[depth++] = pc;
        }
    }

    /// <summary>Kernels compared by content.</summary>
    private sealed class KernelComparer : IEqualityComparer<int[]>
    {
        public static readonly KernelComparer Instance = new();

        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] obj)
        {
            var hash = new HashCode();
            hash.AddBytes(MemoryMarshal.AsBytes(obj.AsSpan()));
            return hash.ToHashCode();
        }
    }
}
