using System.Text;
using Rampart.Core;
using Rampart.Iam.Requests;

namespace Rampart.Iam.Policies;

/// <summary>
/// A string from a policy that may hold policy variables (<c>${aws:username}</c>,
/// <c>${aws:PrincipalTag/team, 'none'}</c>, <c>${*}</c>, <c>${?}</c>, <c>${$}</c>). Variables are
/// recognised only in 2012-10-17 policies; in older ones the text is taken literally.
/// </summary>
public sealed class PolicyString
{
    private readonly Part[]? _parts;

    private PolicyString(string text, Part[]? parts)
    {
        Text = text;
        _parts = parts;
    }

    /// <summary>The text as written in the policy.</summary>
    public string Text { get; }

    /// <summary>True when the text holds at least one policy variable.</summary>
    public bool HasVariables => _parts is not null;

    /// <summary>The context keys this string reads, in order (empty without variables).</summary>
    public IEnumerable<string> VariableKeys =>
        _parts is null ? [] : _parts.Where(p => p.Key is not null).Select(p => p.Key!);

    /// <summary>
    /// Compiles <paramref name="text"/>. Returns null and sets <paramref name="error"/> when a
    /// <c>${</c> is not closed or its content is not a key or a key with a quoted default.
    /// </summary>
    public static PolicyString? Compile(string text, bool variables, out string? error)
    {
        error = null;
        if (!variables || !text.Contains("${", StringComparison.Ordinal))
        {
            return new PolicyString(text, null);
        }

        var parts = new List<Part>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf("${", i, StringComparison.Ordinal);
            if (open < 0)
            {
                literal.Append(text, i, text.Length - i);
                break;
            }

            literal.Append(text, i, open - i);
            var close = text.IndexOf('}', open + 2);
            if (close < 0)
            {
                error = $"policy variable at character {open + 1} of `{text}` is not closed with `}}`";
                return null;
            }

            var body = text.AsSpan(open + 2, close - open - 2).Trim();
            if (body is "*" or "?" or "$")
            {
                Flush(parts, literal);
                parts.Add(new Part(body.ToString(), null, null, true));
            }
            else
            {
                var part = ParseVariable(body, out error);
                if (part is null)
                {
                    error = $"invalid policy variable `${{{body}}}` in `{text}`: {error}";
                    return null;
                }

                Flush(parts, literal);
                parts.Add(part);
            }

            i = close + 1;
        }

        Flush(parts, literal);
        return new PolicyString(text, [.. parts]);
    }

    /// <summary>A string without variables.</summary>
    public static PolicyString Literal(string text) => new(text, null);

    /// <summary>
    /// Substitutes variables from <paramref name="context"/>. Returns false when a variable has no
    /// single value in the context and no default: the value then matches nothing.
    /// <paramref name="literal"/> flags characters that must match themselves (null when none do).
    /// </summary>
    public bool TryResolve(RequestContext context, out string resolved, out bool[]? literal)
    {
        literal = null;
        if (_parts is null)
        {
            resolved = Text;
            return true;
        }

        if (_parts.Length == 1 && _parts[0].Key is { } onlyKey)
        {
            var single = Lookup(context, onlyKey, _parts[0].Default);
            resolved = single ?? string.Empty;
            if (single is not null && Wildcard.HasWildcard(single))
            {
                literal = Flags(single.Length, true);
            }

            return single is not null;
        }

        var pieces = new string[_parts.Length];
        var needFlags = false;
        for (var i = 0; i < _parts.Length; i++)
        {
            var part = _parts[i];
            if (part.Key is null)
            {
                pieces[i] = part.Text!;
                needFlags |= part.Special;
                continue;
            }

            var value = Lookup(context, part.Key, part.Default);
            if (value is null)
            {
                resolved = string.Empty;
                return false;
            }

            pieces[i] = value;
            needFlags |= Wildcard.HasWildcard(value);
        }

        resolved = string.Concat(pieces);
        if (needFlags)
        {
            literal = new bool[resolved.Length];
            var at = 0;
            for (var i = 0; i < _parts.Length; i++)
            {
                var isLiteral = _parts[i].Key is not null || _parts[i].Special;
                literal.AsSpan(at, pieces[i].Length).Fill(isLiteral);
                at += pieces[i].Length;
            }
        }

        return true;
    }

    /// <summary>
    /// Substitutes variables into caller-provided buffers, without allocating. Returns the length
    /// written, -1 when a variable has no value (the string then matches nothing), or -2 when the
    /// buffers are too small (use <see cref="TryResolve"/>). <paramref name="flagged"/> says whether
    /// <paramref name="literal"/> was filled (some characters must match themselves).
    /// </summary>
    public int Resolve(RequestContext context, Span<char> text, Span<bool> literal, out bool flagged)
    {
        flagged = false;
        if (_parts is null)
        {
            if (Text.Length > text.Length)
            {
                return -2;
            }

            Text.CopyTo(text);
            return Text.Length;
        }

        var length = 0;
        foreach (var part in _parts)
        {
            string piece;
            bool isLiteral;
            if (part.Key is null)
            {
                piece = part.Text!;
                isLiteral = part.Special;
            }
            else
            {
                var value = Lookup(context, part.Key, part.Default);
                if (value is null)
                {
                    return -1;
                }

                piece = value;
                isLiteral = true;
            }

            if (length + piece.Length > text.Length || length + piece.Length > literal.Length)
            {
                return -2;
            }

            piece.CopyTo(text[length..]);
            literal.Slice(length, piece.Length).Fill(isLiteral);
            flagged |= isLiteral && piece.AsSpan().ContainsAny('*', '?');
            length += piece.Length;
        }

        return length;
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static string? Lookup(RequestContext context, string key, string? fallback) =>
        context.TryGet(key, out var value) && value.Single is { } single ? single : fallback;

    private static bool[] Flags(int length, bool value)
    {
        var flags = new bool[length];
        flags.AsSpan().Fill(value);
        return flags;
    }

    private static void Flush(List<Part> parts, StringBuilder literal)
    {
        if (literal.Length > 0)
        {
            parts.Add(new Part(literal.ToString(), null, null, false));
            literal.Clear();
        }
    }

    private static Part? ParseVariable(ReadOnlySpan<char> body, out string? error)
    {
        error = null;
        var comma = body.IndexOf(',');
        var key = (comma < 0 ? body : body[..comma]).Trim();
        if (key.IsEmpty || key.ContainsAny(" '\"{}$"))
        {
            error = "a variable is a context key name, optionally followed by `, 'default'`";
            return null;
        }

        string? fallback = null;
        if (comma >= 0)
        {
            var rest = body[(comma + 1)..].Trim();
            if (rest.Length < 2 || rest[0] != '\'' || rest[^1] != '\'')
            {
                error = "a default value is written in single quotes";
                return null;
            }

            fallback = rest[1..^1].ToString();
        }

        return new Part(null, key.ToString(), fallback, false);
    }

    private sealed record Part(string? Text, string? Key, string? Default, bool Special);
}
