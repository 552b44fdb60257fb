using System.Text;

namespace Rampart.Secrets.GitSecrets;

/// <summary>How git prints a path: C-style quoted (quote.c), from the top or from the current folder.</summary>
public static class GitPath
{
    /// <summary>
    /// Quotes <paramref name="path"/> (bytes as Latin-1 chars) the way git does when a name holds a
    /// double quote, backslash, control byte, or (with <c>core.quotePath</c>) a byte above 0x7f.
    /// </summary>
    public static string Quote(string path, bool quotePath)
    {
        if (!path.Any(c => NeedsQuote(c, quotePath)))
        {
            return path;
        }

        var text = new StringBuilder("\"");
        foreach (var c in path)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\a': text.Append("\\a"); break;
                case '\b': text.Append("\\b"); break;
                case '\t': text.Append("\\t"); break;
                case '\n': text.Append("\\n"); break;
                case '\v': text.Append("\\v"); break;
                case '\f': text.Append("\\f"); break;
                case '\r': text.Append("\\r"); break;
                default:
                    if (NeedsQuote(c, quotePath))
                    {
                        text.Append('\\').Append(Convert.ToString(c, 8).PadLeft(3, '0'));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    /// <summary>
    /// The path from the top of the work tree of <paramref name="path"/>, a path relative to the
    /// folder <paramref name="prefix"/> (from the top, with a trailing slash, or empty) that may
    /// climb out of it with leading <c>../</c> steps, as git lists paths outside the current folder.
    /// </summary>
    public static string FromTop(string prefix, string path)
    {
        var folder = prefix.TrimEnd('/');
        while (path.StartsWith("../", StringComparison.Ordinal))
        {
            path = path[3..];
            folder = folder.Contains('/', StringComparison.Ordinal) ? folder[..folder.LastIndexOf('/')] : "";
        }

        return folder.Length == 0 ? path : folder + "/" + path;
    }

    /// <summary><paramref name="path"/> (from the top of the work tree) as seen from <paramref name="prefix"/> (a folder with a trailing slash, or empty).</summary>
    public static string Relative(string path, string prefix)
    {
        var common = 0;
        for (var i = 0; i < Math.Min(path.Length, prefix.Length); i++)
        {
            if (path[i] != prefix[i])
            {
                break;
            }

            if (path[i] == '/')
            {
                common = i + 1;
            }
        }

        var ups = prefix[common..].Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", ups)) + path[common..];
    }

    private static bool NeedsQuote(char c, bool quotePath) => c is '"' or '\\' or < ' ' or '\x7f' || (quotePath && c >= '\x80');
}
