namespace Rampart.Git.GitSecrets;

/// <summary>
/// The colours git grep paints a selected line with when <c>color.grep</c> (else <c>color.ui</c>) is
/// <c>always</c> — the only setting that colours output going into a pipe, as git-secrets' output
/// does — from git's defaults and the <c>color.grep.&lt;slot&gt;</c> settings.
/// </summary>
public sealed record GrepColors(string Filename, string LineNumber, string Column, string Match, string Selected, string Separator)
{
    private const string Reset = "\u001b[m";

    /// <summary>The colours from <paramref name="config"/>, or null when git grep would print no colour.</summary>
    public static GrepColors? From(IReadOnlyList<(string Key, string? Value)> config)
    {
        var setting = Last(config, "color.grep") ?? Last(config, "color.ui");
        if (setting is not { Value: { } value } || !value.Equals("always", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string Slot(string name, string fallback) => Last(config, "color.grep." + name) is { Value: { } spec } && GitColor.Parse(spec) is { } escape ? escape : fallback;
        var match = config.LastOrDefault(entry => entry.Key is "color.grep.match" or "color.grep.matchselected") is { Value: { } matchSpec } && GitColor.Parse(matchSpec) is { } matchEscape ? matchEscape : "\u001b[1;31m";
        return new GrepColors(
            Slot("filename", "\u001b[35m"),
            Slot("linenumber", "\u001b[32m"),
            Slot("column", "\u001b[32m"),
            match,
            Slot("selected", ""),
            Slot("separator", "\u001b[36m"));
    }

    /// <summary><paramref name="text"/> in <paramref name="colour"/> and back to plain, as git's <c>output_color</c> writes it (nothing added for no colour).</summary>
    public static string Paint(string colour, string text) => colour.Length == 0 ? text : colour + text + Reset;

    private static (string Key, string? Value)? Last(IReadOnlyList<(string Key, string? Value)> config, string key)
    {
        for (var i = config.Count - 1; i >= 0; i--)
        {
            if (config[i].Key == key)
            {
                return config[i];
            }
        }

        return null;
    }
}
