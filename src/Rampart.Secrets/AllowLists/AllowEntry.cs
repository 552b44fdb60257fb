using Rampart.Core;

namespace Rampart.Secrets.AllowLists;

/// <summary>
/// One allow-list line: a path glob, a rule id, both (the rule is off for those paths only), or a
/// finding fingerprint. Globs use <see cref="Wildcard"/>: <c>*</c> matches any run of characters,
/// <c>/</c> included; a glob ending in <c>/</c> means everything under that folder.
/// </summary>
public sealed record AllowEntry(string? PathGlob, string? RuleId, string? Fingerprint)
{
    /// <summary>True when this entry accepts a finding of <paramref name="ruleId"/> at <paramref name="path"/> with <paramref name="fingerprint"/>.</summary>
    public bool Allows(string ruleId, string path, string fingerprint)
    {
        if (Fingerprint is not null)
        {
            return Fingerprint == fingerprint;
        }

        return (RuleId is null || RuleId == ruleId) && (PathGlob is null || PathMatches(path));
    }

    /// <summary>True when the entry skips <paramref name="path"/> for every rule, so the file need not be read.</summary>
    public bool SkipsPath(string path) => RuleId is null && Fingerprint is null && PathGlob is not null && PathMatches(path);

    private bool PathMatches(string path)
    {
        var glob = PathGlob!.EndsWith('/') ? PathGlob + "*" : PathGlob;
        return Wildcard.IsMatch(glob, path);
    }
}
