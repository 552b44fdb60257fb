namespace Rampart.Secrets.GitSecrets.Posix;

/// <summary>
/// Parses a POSIX extended regular expression over bytes, the way glibc's <c>regcomp</c> (for git)
/// or GNU grep reads it in the C locale: <c>\w \W \s \S</c>, word and buffer anchors, intervals up
/// to 32767, bracket expressions with classes, equivalence classes and collating symbols, and the
/// exact error texts. Back-references parse but are reported as unsupported by the compiler.
/// </summary>
public sealed class PosixRegexParser
{
    private const int DupMax = 0x7fff;
    private readonly byte[] _p;
    private readonly RegexDialect _dialect;
    private readonly List<string> _warnings = [];
    private int _i;
    private int _groups;

    private readonly bool _ignoreCase;

    private PosixRegexParser(byte[] pattern, RegexDialect dialect, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        _p = pattern;
        _dialect = dialect;
    }

    /// <summary>
    /// Parses <paramref name="pattern"/>; the error is glibc's text, the warnings GNU grep's. With
    /// <paramref name="ignoreCase"/> (GNU grep <c>-i</c> in the C locale) every literal letter and
    /// every bracket expression also holds the other case of its ASCII letters, before a <c>[^…]</c>
    /// is inverted — as GNU's DFA folds case.
    /// </summary>
    public static (RegexNode? Node, string? Error, IReadOnlyList<string> Warnings, bool HasBackReference) Parse(byte[] pattern, RegexDialect dialect, bool ignoreCase = false)
    {
        var parser = new PosixRegexParser(pattern, dialect, ignoreCase);
        try
        {
            var node = parser.ParseAlternation(0);
            return (node, null, parser._warnings, parser._hasBackReference);
        }
        catch (PatternException e)
        {
            return (null, e.Message, parser._warnings, false);
        }
    }

    private bool _hasBackReference;

    private bool AtEnd => _i >= _p.Length;

    private int Peek => AtEnd ? -1 : _p[_i];

    private RegexNode ParseAlternation(int depth)
    {
        var branches = new List<RegexNode> { ParseBranch(depth) };
        while (Peek == '|')
        {
            _i++;
            branches.Add(ParseBranch(depth));
        }

        return branches.Count == 1 ? branches[0] : new AlternationNode(branches);
    }

    private RegexNode ParseBranch(int depth)
    {
        var items = new List<RegexNode>();
        var expressionStart = true;
        while (!AtEnd && Peek != '|' && !(Peek == ')' && depth > 0))
        {
            var atom = ParseAtom(depth, expressionStart);
            if (atom is DroppedNode)
            {
                continue;
            }

            expressionStart = atom is AssertNode;
            items.Add(atom is AssertNode ? atom : ParsePostfix(atom));
        }

        return items.Count switch
        {
            0 => new EmptyNode(),
            1 => items[0],
            _ => new ConcatNode(items),
        };
    }

    private RegexNode ParseAtom(int depth, bool expressionStart)
    {
        var c = _p[_i];
        if (expressionStart && c is (byte)'*' or (byte)'+' or (byte)'?' or (byte)'{')
        {
            if (_dialect == RegexDialect.Glibc)
            {
                throw new PatternException(RegexSyntaxError.BadRepetition);
            }

            if (c == '{' && !TryReadInterval(out _, out _, out _))
            {
                _i++;
                return new SetNode(Literal(c));
            }

            // GNU grep warns and drops a repetition that has nothing to repeat.
            _warnings.Add(c == '{' ? "{...} at start of expression" : $"{(char)c} at start of expression");
            _ = TryReadInterval(out _, out _, out var end);
            _i = c == '{' ? end : _i + 1;
            return new DroppedNode();
        }

        _i++;
        switch (c)
        {
            case (byte)'(':
                _groups++;
                var body = Peek == ')' ? new EmptyNode() : ParseAlternation(depth + 1);
                if (Peek != ')')
                {
                    throw new PatternException(RegexSyntaxError.UnmatchedParen);
                }

                _i++;
                return body;
            case (byte)'[':
                return new SetNode(ParseBracket());
            case (byte)'.':
                var any = new ByteSet();
                any.Invert();
                any.Remove('\n');
                if (_dialect == RegexDialect.Glibc)
                {
                    any.Remove(0);
                }

                return new SetNode(any);
            case (byte)'^':
                return new AssertNode(AssertKind.LineStart);
            case (byte)'$':
                return new AssertNode(AssertKind.LineEnd);
            case (byte)'\\':
                return ParseEscape();
            default:
                return new SetNode(Literal(c));
        }
    }

    private RegexNode ParseEscape()
    {
        if (AtEnd)
        {
            throw new PatternException(RegexSyntaxError.TrailingBackslash);
        }

        var c = _p[_i++];
        switch (c)
        {
            case (byte)'w':
            case (byte)'W':
                var word = CharClass.Word();
                if (c == 'W')
                {
                    word.Invert();
                    word.Remove('\n');
                }

                return new SetNode(word);
            case (byte)'s':
            case (byte)'S':
                var space = CharClass.Find("space")!;
                if (c == 'S')
                {
                    space.Invert();
                    space.Remove('\n');
                }

                return new SetNode(space);
            case (byte)'b': return new AssertNode(AssertKind.WordBoundary);
            case (byte)'B': return new AssertNode(AssertKind.NotWordBoundary);
            case (byte)'<': return new AssertNode(AssertKind.WordStart);
            case (byte)'>': return new AssertNode(AssertKind.WordEnd);
            case (byte)'`': return new AssertNode(AssertKind.BufferStart);
            case (byte)'\'': return new AssertNode(AssertKind.BufferEnd);
            case >= (byte)'1' and <= (byte)'9':
                if (c - '0' > _groups)
                {
                    throw new PatternException(RegexSyntaxError.BadBackReference);
                }

                _hasBackReference = true;
                return new EmptyNode();
            default:
                return new SetNode(Literal(c));
        }
    }

    private RegexNode ParsePostfix(RegexNode atom)
    {
        while (!AtEnd)
        {
            switch (Peek)
            {
                case '*':
                    _i++;
                    atom = new RepeatNode(atom, 0, -1);
                    break;
                case '+':
                    _i++;
                    atom = new RepeatNode(atom, 1, -1);
                    break;
                case '?':
                    _i++;
                    atom = new RepeatNode(atom, 0, 1);
                    break;
                case '{':
                    if (!TryReadInterval(out var min, out var max, out var end))
                    {
                        if (_dialect == RegexDialect.GnuGrep)
                        {
                            return atom;
                        }

                        throw new PatternException(end >= _p.Length ? RegexSyntaxError.UnmatchedBrace : RegexSyntaxError.BadInterval);
                    }

                    if (max != -1 && min > max)
                    {
                        throw new PatternException(RegexSyntaxError.BadInterval);
                    }

                    if ((max == -1 ? min : max) > DupMax)
                    {
                        throw new PatternException(RegexSyntaxError.TooBig);
                    }

                    _i = end;
                    atom = new RepeatNode(atom, min, max);
                    break;
                default:
                    return atom;
            }
        }

        return atom;
    }

    /// <summary>
    /// Reads <c>{m}</c>, <c>{m,}</c>, <c>{m,n}</c>, <c>{,n}</c> or <c>{,}</c> at the cursor. On failure,
    /// <paramref name="end"/> is where glibc's reader stopped (the pattern's end means "unmatched").
    /// </summary>
    private bool TryReadInterval(out int min, out int max, out int end)
    {
        var j = _i + 1;
        min = ReadNumber(ref j, out var stop);
        max = min;
        end = j;
        if (min == -2 || (min == -1 && stop != ','))
        {
            end = min == -2 && stop == -1 ? _p.Length : j;
            return false;
        }

        if (min == -1)
        {
            min = 0;
        }

        if (stop == ',')
        {
            j++;
            max = ReadNumber(ref j, out stop);
            if (max == -2 || stop != '}')
            {
                end = stop == -1 ? _p.Length : j;
                return false;
            }
        }

        end = j + 1;
        return true;
    }

    /// <summary>glibc's fetch_number: -1 no digits, -2 something else before <c>,</c>/<c>}</c>/end.</summary>
    private int ReadNumber(ref int j, out int stop)
    {
        var number = -1;
        while (true)
        {
            if (j >= _p.Length)
            {
                stop = -1;
                return -2;
            }

            var c = _p[j];
            if (c is (byte)'}' or (byte)',')
            {
                stop = c;
                return number;
            }

            number = c is < (byte)'0' or > (byte)'9' || number == -2 ? -2 : number == -1 ? c - '0' : Math.Min(DupMax + 1, (number * 10) + c - '0');
            j++;
        }
    }

    private ByteSet ParseBracket()
    {
        var set = new ByteSet();
        var negate = Peek == '^';
        if (negate)
        {
            _i++;
        }

        var first = true;
        while (true)
        {
            if (AtEnd)
            {
                throw new PatternException(RegexSyntaxError.UnmatchedBracket);
            }

            if (Peek == ']' && !first)
            {
                _i++;
                break;
            }

            first = false;
            var (low, cls) = ReadBracketElement();
            if (cls is not null)
            {
                set.AddAll(cls);
                if (Peek == '-' && _i + 1 < _p.Length && _p[_i + 1] != ']')
                {
                    throw new PatternException(RegexSyntaxError.BadRange);
                }

                continue;
            }

            if (Peek == '-' && _i + 1 < _p.Length && _p[_i + 1] != ']')
            {
                _i++;
                var (high, highClass) = ReadBracketElement();
                if (highClass is not null || high < low)
                {
                    throw new PatternException(RegexSyntaxError.BadRange);
                }

                set.AddRange(low, high);
            }
            else
            {
                set.Add(low);
            }
        }

        if (_ignoreCase)
        {
            FoldCase(set);
        }

        if (negate)
        {
            set.Invert();
            set.Remove('\n');
        }

        return set;
    }

    private ByteSet Literal(byte c)
    {
        var set = ByteSet.Of(c);
        if (_ignoreCase)
        {
            FoldCase(set);
        }

        return set;
    }

    /// <summary>Adds the other case of every ASCII letter in <paramref name="set"/>.</summary>
    private static void FoldCase(ByteSet set)
    {
        for (var b = 'A'; b <= 'Z'; b++)
        {
            if (set.Contains((byte)b) || set.Contains((byte)(b + 32)))
            {
                set.Add(b);
                set.Add(b + 32);
            }
        }
    }

    private (int Byte, ByteSet? Class) ReadBracketElement()
    {
        var c = _p[_i];
        if (c == '[' && _i + 1 < _p.Length && _p[_i + 1] is (byte)':' or (byte)'=' or (byte)'.')
        {
            var kind = _p[_i + 1];
            var start = _i + 2;
            var close = start;
            while (close + 1 < _p.Length && !(_p[close] == kind && _p[close + 1] == ']'))
            {
                close++;
            }

            if (close + 1 >= _p.Length)
            {
                throw new PatternException(RegexSyntaxError.UnmatchedBracket);
            }

            var name = _p.AsSpan(start, close - start);
            _i = close + 2;
            if (kind == ':')
            {
                return (0, CharClass.Find(System.Text.Encoding.Latin1.GetString(name)) ?? throw new PatternException(RegexSyntaxError.BadClass));
            }

            if (name.Length != 1)
            {
                throw new PatternException(RegexSyntaxError.BadCollation);
            }

            return (name[0], null);
        }

        _i++;
        return (c, null);
    }

    /// <summary>A repetition GNU grep dropped: nothing to add to the branch.</summary>
    private sealed record DroppedNode : RegexNode;

    private sealed class PatternException(string message) : Exception(message);
}
