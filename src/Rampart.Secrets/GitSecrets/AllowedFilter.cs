using Rampart.Secrets.GitSecrets.Posix;

namespace Rampart.Secrets.GitSecrets;

/// <summary>
/// <c>grep -Ev "$allowed"</c> under <c>LC_ALL=C</c>: the allowed list is newline-separated GNU grep
/// patterns; a line survives when none of them matches anywhere in it (file name and line number
/// included). An empty pattern matches every line.
/// </summary>
public sealed class AllowedFilter
{
    private readonly List<PosixRegex> _patterns;
    private readonly bool _matchesAll;

    private AllowedFilter(List<PosixRegex> patterns, bool matchesAll, IReadOnlyList<string> warnings)
    {
        _patterns = patterns;
        _matchesAll = matchesAll;
        Warnings = warnings;
    }

    /// <summary>GNU grep's warnings, to print as <c>grep: warning: …</c>.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Compiles the list, or returns GNU grep's error text.</summary>
    public static (AllowedFilter? Filter, string? Error) Compile(string allowed)
    {
        var patterns = new List<PosixRegex>();
        var warnings = new List<string>();
        var matchesAll = false;
        foreach (var pattern in allowed.Split('\n'))
        {
            if (pattern.Length == 0)
            {
                matchesAll = true;
                continue;
            }

            var compiled = PosixRegex.Compile(System.Text.Encoding.Latin1.GetBytes(pattern), RegexDialect.GnuGrep);
            if (!compiled.Succeeded)
            {
                return (null, compiled.FirstError!.Message);
            }

            warnings.AddRange(compiled.Value!.Warnings);
            patterns.Add(compiled.Value);
        }

        return (new AllowedFilter(patterns, matchesAll, warnings), null);
    }

    /// <summary>True when some allowed pattern matches <paramref name="line"/>.</summary>
    public bool IsAllowed(ReadOnlySpan<byte> line)
    {
        if (_matchesAll)
        {
            return true;
        }

        foreach (var pattern in _patterns)
        {
            if (pattern.Filter.NextCandidate(line, 0) >= 0 && pattern.IsMatch(line))
            {
                return true;
            }
        }

        return false;
    }
}
