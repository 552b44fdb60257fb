using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Rampart.Events.Compiled;

/// <summary>
/// A forward-only reader of one JSON event for the compiled matcher. Where a rule may look it checks
/// JSON's grammar in full; a subtree no rule mentions is skipped at memory speed, checking only its
/// structure (balanced brackets, terminated strings), which is where the matcher's speed comes from.
/// Problems throw <see cref="JsonSyntaxException"/>, which <see cref="MatcherSession"/> reports.
/// </summary>
internal ref struct JsonScanner(ReadOnlySpan<byte> json, int maxDepth)
{
    private static readonly SearchValues<byte> QuoteOrBackslash = SearchValues.Create("\"\\"u8);
    private readonly ReadOnlySpan<byte> _json = json;
    private int _position;
    private int _depth;

    /// <summary>The byte at the current position after whitespace, or 0 at the end.</summary>
    public byte Peek()
    {
        SkipWhitespace();
        return _position < _json.Length ? _json[_position] : (byte)0;
    }

    /// <summary>Consumes <paramref name="expected"/> after whitespace, or fails.</summary>
    public void Expect(byte expected)
    {
        if (Peek() != expected)
        {
            throw Fail($"expected `{(char)expected}`");
        }

        _position++;
    }

    /// <summary>Consumes <paramref name="expected"/> if it is next.</summary>
    public bool TryConsume(byte expected)
    {
        if (Peek() != expected)
        {
            return false;
        }

        _position++;
        return true;
    }

    /// <summary>Enters an object or array (the bracket already consumed), enforcing the depth limit.</summary>
    public void Enter()
    {
        if (++_depth > maxDepth)
        {
            throw Fail($"maximum depth {maxDepth} exceeded");
        }
    }

    /// <summary>Leaves an object or array.</summary>
    public void Leave() => _depth--;

    /// <summary>After a member or element: true for <c>,</c>, false for <paramref name="close"/>.</summary>
    public bool NextMember(byte close)
    {
        var b = Peek();
        _position++;
        return b == (byte)',' ? true : b == close ? false : throw Fail($"expected `,` or `{(char)close}`");
    }

    /// <summary>Reads a string (the opening quote next); its raw content and whether it has escapes.</summary>
    public ReadOnlySpan<byte> ReadString(out bool escaped)
    {
        Expect((byte)'"');
        var start = _position;
        escaped = false;
        while (true)
        {
            var at = _json[_position..].IndexOfAny(QuoteOrBackslash);
            if (at < 0)
            {
                throw Fail("unterminated string");
            }

            if (_json.Slice(_position, at).IndexOfAnyInRange((byte)0, (byte)0x1F) >= 0)
            {
                throw Fail("control character in string");
            }

            _position += at;
            if (_json[_position] == (byte)'"')
            {
                var content = _json[start.._position];
                _position++;
                return content;
            }

            escaped = true;
            _position += EscapeLength(_json[_position..]);
        }
    }

    /// <summary>Reads a number; its text.</summary>
    public ReadOnlySpan<byte> ReadNumber()
    {
        var start = _position;
        var i = _position;
        if (i < _json.Length && _json[i] == (byte)'-')
        {
            i++;
        }

        var digits = Digits(ref i);
        if (digits == 0 || (digits > 1 && _json[i - digits] == (byte)'0'))
        {
            throw Fail("invalid number");
        }

        if (i < _json.Length && _json[i] == (byte)'.')
        {
            i++;
            if (Digits(ref i) == 0)
            {
                throw Fail("invalid number");
            }
        }

        if (i < _json.Length && (_json[i] | 0x20) == (byte)'e')
        {
            i++;
            if (i < _json.Length && _json[i] is (byte)'+' or (byte)'-')
            {
                i++;
            }

            if (Digits(ref i) == 0)
            {
                throw Fail("invalid number");
            }
        }

        _position = i;
        return _json[start..i];
    }

    /// <summary>Reads <c>true</c>, <c>false</c> or <c>null</c>.</summary>
    public void ReadLiteral(ReadOnlySpan<byte> literal)
    {
        if (!_json[_position..].StartsWith(literal))
        {
            throw Fail("invalid literal");
        }

        _position += literal.Length;
    }

    /// <summary>Skips one value of any kind (whitespace before it allowed).</summary>
    public void SkipValue()
    {
        switch (Peek())
        {
            case (byte)'"':
                _ = ReadString(out _);
                break;
            case (byte)'{' or (byte)'[':
                SkipContainer();
                break;
            case (byte)'t':
                ReadLiteral("true"u8);
                break;
            case (byte)'f':
                ReadLiteral("false"u8);
                break;
            case (byte)'n':
                ReadLiteral("null"u8);
                break;
            default:
                _ = ReadNumber();
                break;
        }
    }

    /// <summary>Unescapes string content into <paramref name="destination"/> (at least as long); the UTF-8 length.</summary>
    public static int Unescape(ReadOnlySpan<byte> content, Span<byte> destination)
    {
        var written = 0;
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] != (byte)'\\')
            {
                destination[written++] = content[i];
                continue;
            }

            var kind = content[++i];
            if (kind != (byte)'u')
            {
                destination[written++] = kind switch
                {
                    (byte)'b' => 8,
                    (byte)'f' => 12,
                    (byte)'n' => 10,
                    (byte)'r' => 13,
                    (byte)'t' => 9,
                    _ => kind,
                };
                continue;
            }

            var unit = Hex(content.Slice(i + 1, 4));
            i += 4;
            int scalar = unit;
            var next = i + 1;
            if (char.IsHighSurrogate((char)unit) && next + 6 <= content.Length && content[next..].StartsWith("\\u"u8) &&
                char.IsLowSurrogate((char)Hex(content.Slice(next + 2, 4))))
            {
                scalar = char.ConvertToUtf32((char)unit, (char)Hex(content.Slice(next + 2, 4)));
                i += 6;
            }
            else if (char.IsSurrogate((char)unit))
            {
                throw new JsonSyntaxException("invalid \\u escape: a lone surrogate", -1);
            }

            written += new Rune(scalar).EncodeToUtf8(destination[written..]);
        }

        return written;
    }

    private static int Hex(ReadOnlySpan<byte> four) => Utf8Parser.TryParse(four, out ushort value, out _, 'X') ? value : 0;

    private readonly int EscapeLength(ReadOnlySpan<byte> escape)
    {
        if (escape.Length < 2)
        {
            throw Fail("unterminated string");
        }

        if (escape[1] == (byte)'u')
        {
            if (escape.Length < 6 || !Utf8Parser.TryParse(escape.Slice(2, 4), out ushort _, out var consumed, 'X') || consumed != 4)
            {
                throw Fail("invalid \\u escape");
            }

            return 6;
        }

        return escape[1] is (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t'
            ? 2
            : throw Fail("invalid escape");
    }

    private void SkipContainer()
    {
        Span<byte> open = stackalloc byte[maxDepth + 1];
        var depth = 0;
        var json = _json;
        var i = _position;
        while (i < json.Length)
        {
            var b = json[i++];
            if (StructuralClass[b] == 0)
            {
                continue;
            }

            if (b == (byte)'"')
            {
                while (true)
                {
                    if (i >= json.Length)
                    {
                        _position = i;
                        throw Fail("unterminated string");
                    }

                    var c = json[i++];
                    if (c == (byte)'"')
                    {
                        break;
                    }

                    if (c == (byte)'\\')
                    {
                        i++;
                    }
                }
            }
            else if (b is (byte)'{' or (byte)'[')
            {
                if (_depth + depth >= maxDepth)
                {
                    _position = i;
                    throw Fail($"maximum depth {maxDepth} exceeded");
                }

                open[depth++] = b;
            }
            else if (depth == 0 || open[--depth] != (b == (byte)'}' ? (byte)'{' : (byte)'['))
            {
                _position = i - 1;
                throw Fail($"unexpected `{(char)b}`");
            }
            else if (depth == 0)
            {
                _position = i;
                return;
            }
        }

        _position = i;
        throw Fail("unexpected end of input");
    }

    /// <summary>1 for the bytes a structural skip must look at: quote and brackets.</summary>
    private static ReadOnlySpan<byte> StructuralClass =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    private int Digits(ref int i)
    {
        var start = i;
        while (i < _json.Length && _json[i] - (uint)'0' <= 9)
        {
            i++;
        }

        return i - start;
    }

    private void SkipWhitespace()
    {
        while (_position < _json.Length && _json[_position] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            _position++;
        }
    }

    private readonly JsonSyntaxException Fail(string problem) => new(problem, _position);
}

/// <summary>An event that is not well-formed JSON where the matcher reads it.</summary>
internal sealed class JsonSyntaxException(string problem, int offset) : Exception(offset >= 0 ? $"{problem} at byte {offset}" : problem);
