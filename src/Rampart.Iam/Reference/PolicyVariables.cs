using System.Text;

namespace Rampart.Iam.Reference;

/// <summary>
/// Policy variables, straight from IAM User Guide › Policy elements: Variables and tags:
/// <list type="bullet">
/// <item><c>${key}</c> is replaced by the single value of the context key <c>key</c> (key names are
/// case-insensitive); a multivalued key cannot be used as a variable.</item>
/// <item><c>${key, 'default'}</c> uses <c>default</c> when the key has no value (Specifying default
/// values); inside the quotes <c>''</c> stands for one quote.</item>
/// <item><c>${*}</c>, <c>${?}</c>, <c>${$}</c> are a literal <c>*</c>, <c>?</c>, <c>$</c> (Special characters).</item>
/// <item>A variable with no value makes the whole value match nothing (Policy variables with no
/// value): <see cref="Expand"/> returns null.</item>
/// <item>Variables exist only in <c>"Version": "2012-10-17"</c>; in 2008-10-17 the text is literal.</item>
/// </list>
/// </summary>
internal static class PolicyVariables
{
    /// <summary>The value with its variables replaced, or null when a variable has no value.</summary>
    public static PatternChar[]? Expand(string text, RequestContext context, bool variablesEnabled)
    {
        if (!variablesEnabled)
        {
            return PatternChar.FromText(text);
        }

        var result = new List<PatternChar>(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var close = text.StartsWith("${", i) ? FindClose(text, i + 2) : -1;
            if (close < 0)
            {
                result.Add(new PatternChar(text[i], text[i] is '*' or '?'));
                i++;
                continue;
            }

            var resolved = Resolve(text[(i + 2)..close], context);
            if (resolved is null)
            {
                return null;
            }

            result.AddRange(resolved.Select(c => new PatternChar(c, false)));
            i = close + 1;
        }

        return [.. result];
    }

    /// <summary>
    /// Why a value's variables are malformed, or null: every <c>${</c> needs its <c>}</c>, a key name, and
    /// a default only in single quotes (Access Analyzer policy check reference › Missing brace in
    /// variable, Empty variable, Missing quote in variable).
    /// </summary>
    public static string? Problem(string text)
    {
        for (var i = text.IndexOf("${", StringComparison.Ordinal); i >= 0; i = text.IndexOf("${", i + 2, StringComparison.Ordinal))
        {
            var close = FindClose(text, i + 2);
            if (close < 0)
            {
                return $"variable in `{text}` is not closed with `}}`";
            }

            var body = text[(i + 2)..close];
            var comma = body.IndexOf(',', StringComparison.Ordinal);
            var key = (comma < 0 ? body : body[..comma]).Trim();
            if (key.Length == 0 || (comma >= 0 && DefaultValue(body[(comma + 1)..].Trim()) is null))
            {
                return $"variable `${{{body}}}` is not a context key name with an optional quoted default";
            }

            i = close - 1;
        }

        return null;
    }

    private static bool StartsWith(this string text, string prefix, int at) =>
        string.CompareOrdinal(text, at, prefix, 0, prefix.Length) == 0;

    /// <summary>The index of the <c>}</c> that closes a variable body starting at <paramref name="start"/>, skipping quoted defaults.</summary>
    private static int FindClose(string text, int start)
    {
        var quoted = false;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\'')
            {
                quoted = !quoted;
            }
            else if (text[i] == '}' && !quoted)
            {
                return i;
            }
        }

        return -1;
    }

    private static string? Resolve(string body, RequestContext context)
    {
        if (body is "*" or "?" or "$")
        {
            return body;
        }

        var comma = body.IndexOf(',', StringComparison.Ordinal);
        var key = (comma < 0 ? body : body[..comma]).Trim();
        var value = context.Find(key);
        if (value is { IsMultivalued: false })
        {
            return value.Values[0];
        }

        return comma < 0 ? null : DefaultValue(body[(comma + 1)..].Trim());
    }

    private static string? DefaultValue(string quoted)
    {
        if (quoted.Length < 2 || quoted[0] != '\'' || quoted[^1] != '\'')
        {
            return null;
        }

        var inner = quoted[1..^1];
        var builder = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            builder.Append(inner[i]);
            if (inner[i] == '\'' && i + 1 < inner.Length && inner[i + 1] == '\'')
            {
                i++;
            }
        }

        return builder.ToString();
    }
}
