namespace Rampart.Git.GitSecrets;

/// <summary>
/// The output of <c>git config -z --get-regexp</c> (or <c>--list</c>): NUL-terminated records of a
/// key, then a newline and the value — or the key alone when the entry has no value (<c>[s] k</c>).
/// </summary>
public static class GitConfigListing
{
    /// <summary>The entries in order, with a null value for a key that has none.</summary>
    public static List<(string Key, string? Value)> Parse(string output)
    {
        var entries = new List<(string, string?)>();
        foreach (var record in output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var newline = record.IndexOf('\n', StringComparison.Ordinal);
            entries.Add(newline < 0 ? (record, null) : (record[..newline], record[(newline + 1)..]));
        }

        return entries;
    }

    /// <summary>The last entry whose key is one of <paramref name="keys"/> (for git the last one wins), or null when there is none.</summary>
    public static (string Key, string? Value)? Last(IReadOnlyList<(string Key, string? Value)> entries, params string[] keys)
    {
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            if (keys.Contains(entries[i].Key))
            {
                return entries[i];
            }
        }

        return null;
    }
}
