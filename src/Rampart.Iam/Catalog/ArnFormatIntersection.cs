namespace Rampart.Iam.Catalog;

/// <summary>
/// Decides whether an IAM glob (<c>*</c>, <c>?</c>) and a catalog ARN format have a string in
/// common, by a search over pairs of positions (glob index, format index, placeholder begun):
/// at most |glob| × |format| × 2 states, each visited once.
/// </summary>
public sealed class ArnFormatIntersection
{
    private readonly string _glob;
    private readonly ArnFormatToken[] _format;
    private readonly HashSet<(int G, int F, bool Begun)> _seen = [];

    /// <summary>Prepares the search.</summary>
    public ArnFormatIntersection(string glob, ArnFormatToken[] format)
    {
        _glob = glob;
        _format = format;
    }

    /// <summary>True when some string matches both.</summary>
    public bool Exists() => Visit(0, 0, false);

    private bool Visit(int g, int f, bool begun)
    {
        if (!_seen.Add((g, f, begun)))
        {
            return false;
        }

        if (f == _format.Length)
        {
            return _glob.AsSpan(g).TrimStart('*').IsEmpty;
        }

        var token = _format[f];
        if (token.IsPlaceholder && begun && Visit(g, f + 1, false))
        {
            return true;
        }

        if (g == _glob.Length)
        {
            return false;
        }

        var c = _glob[g];
        if (c == '*')
        {
            return Visit(g + 1, f, begun) || (token.IsPlaceholder ? Visit(g, f, true) : Visit(g, f + 1, false));
        }

        if (token.IsPlaceholder)
        {
            return (c == '?' || token.Allows(c)) && Visit(g + 1, f, true);
        }

        return (c == '?' || c == token.Literal) && Visit(g + 1, f + 1, false);
    }
}
