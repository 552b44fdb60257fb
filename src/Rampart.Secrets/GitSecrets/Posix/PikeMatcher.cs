namespace Rampart.Secrets.GitSecrets.Posix;

/// <summary>
/// The reference matcher: simulates the program over bytes (Pike VM) and returns POSIX
/// leftmost-longest match positions, with glibc's context rules for anchors (a subject start under
/// <c>REG_NOTBOL</c> is not a line start; <c>$</c> also matches before a newline, as with
/// <c>REG_NEWLINE</c>). Not thread-safe: one instance per thread.
/// </summary>
public sealed class PikeMatcher
{
    private readonly Instruction[] _code;
    private readonly int[] _mark;
    private int _generation;
    private readonly int[] _pcs;
    private readonly int[] _starts;
    private readonly int[] _nextPcs;
    private readonly int[] _nextStarts;
    private readonly Stack<int> _stack = new();

    /// <summary>Wraps a compiled program.</summary>
    public PikeMatcher(Instruction[] code)
    {
        _code = code;
        _mark = new int[code.Length];
        _pcs = new int[code.Length];
        _starts = new int[code.Length];
        _nextPcs = new int[code.Length];
        _nextStarts = new int[code.Length];
    }

    /// <summary>
    /// The leftmost-longest match in <paramref name="subject"/> starting at or after
    /// <paramref name="from"/>. Bytes before <paramref name="from"/> give context only.
    /// </summary>
    public bool Search(ReadOnlySpan<byte> subject, int from, bool notBol, bool notEol, out int start, out int end)
    {
        start = -1;
        end = -1;
        var count = 0;
        for (var pos = from; ; pos++)
        {
            _generation++;
            var next = 0;
            for (var t = 0; t < count; t++)
            {
                next = Add(_pcs[t], _starts[t], subject, pos, notBol, notEol, next, ref start, ref end);
            }

            if (start < 0)
            {
                next = Add(0, pos, subject, pos, notBol, notEol, next, ref start, ref end);
            }

            count = Step(subject, pos, next, start);
            if (count == 0 && (start >= 0 || pos >= subject.Length))
            {
                return start >= 0;
            }
        }
    }

    /// <summary>Every end position of a match that starts exactly at <paramref name="start"/>, longest first.</summary>
    public List<int> EndsAt(ReadOnlySpan<byte> subject, int start, bool notBol, bool notEol)
    {
        var ends = new List<int>();
        var count = 0;
        for (var pos = start; ; pos++)
        {
            _generation++;
            var matchStart = -1;
            var matchEnd = -1;
            var next = pos == start
                ? Add(0, start, subject, pos, notBol, notEol, 0, ref matchStart, ref matchEnd)
                : 0;
            for (var t = 0; t < count; t++)
            {
                next = Add(_pcs[t], _starts[t], subject, pos, notBol, notEol, next, ref matchStart, ref matchEnd);
            }

            if (matchStart >= 0)
            {
                ends.Add(pos);
            }

            count = Step(subject, pos, next, -1);
            if (count == 0)
            {
                ends.Reverse();
                return ends;
            }
        }
    }

    private int Step(ReadOnlySpan<byte> subject, int pos, int next, int bestStart)
    {
        var count = 0;
        if (pos < subject.Length)
        {
            var b = subject[pos];
            for (var t = 0; t < next; t++)
            {
                var pc = _nextPcs[t];
                if (_code[pc].Bytes!.Contains(b) && (bestStart < 0 || _nextStarts[t] <= bestStart))
                {
                    _pcs[count] = pc + 1;
                    _starts[count] = _nextStarts[t];
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>Follows empty transitions from <paramref name="pc0"/>, queueing byte steps and noting matches.</summary>
    private int Add(int pc0, int threadStart, ReadOnlySpan<byte> subject, int pos, bool notBol, bool notEol, int next, ref int start, ref int end)
    {
        _stack.Push(pc0);
        while (_stack.Count > 0)
        {
            var pc = _stack.Pop();
            if (_mark[pc] == _generation)
            {
                continue;
            }

            _mark[pc] = _generation;
            var instruction = _code[pc];
            switch (instruction.Op)
            {
                case Opcode.Byte:
                    _nextPcs[next] = pc;
                    _nextStarts[next] = threadStart;
                    next++;
                    break;
                case Opcode.Jump:
                    _stack.Push(instruction.X);
                    break;
                case Opcode.Split:
                    _stack.Push(instruction.Y);
                    _stack.Push(instruction.X);
                    break;
                case Opcode.Assert:
                    if (Holds(instruction.Assert, subject, pos, notBol, notEol))
                    {
                        _stack.Push(pc + 1);
                    }

                    break;
                case Opcode.Match:
                    if (start < 0 || threadStart < start || (threadStart == start && pos > end))
                    {
                        start = threadStart;
                        end = pos;
                    }

                    break;
            }
        }

        return next;
    }

    private static bool Holds(AssertKind kind, ReadOnlySpan<byte> s, int pos, bool notBol, bool notEol)
    {
        var prevWord = pos > 0 && CharClass.IsWord(s[pos - 1]);
        var nextWord = pos < s.Length && CharClass.IsWord(s[pos]);
        return kind switch
        {
            AssertKind.LineStart => pos == 0 ? !notBol : s[pos - 1] == '\n',
            AssertKind.LineEnd => pos == s.Length ? !notEol : s[pos] == '\n',
            AssertKind.WordBoundary => prevWord != nextWord,
            AssertKind.NotWordBoundary => prevWord == nextWord,
            AssertKind.WordStart => !prevWord && nextWord,
            AssertKind.WordEnd => prevWord && !nextWord,
            AssertKind.BufferStart => pos == 0,
            AssertKind.BufferEnd => pos == s.Length,
            _ => false,
        };
    }
}
