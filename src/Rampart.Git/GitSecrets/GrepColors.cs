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
        var setting = GitConfigListing.Last(config, "color.grep") ?? GitConfigListing.Last(config, "color.ui");
        if (setting is not { Value: { } value } || !value.Equals("always", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string Slot(string fallback, params string[] names) =>
            GitConfigListing.Last(config, [.. names.Select(name => "color.grep." + name)]) is { Value: { } spec } && GitColor.Parse(spec) is { } escape ? escape : fallback;
        return new GrepColors(
            Slot("\u001b[35m", "filename"),
            Slot("\u001b[32m", "linenumber"),
            Slot("\u001b[32m", "column"),
            Slot("\u001b[1;31m", "match", "matchselected"),
            Slot("", "selected"),
            Slot("\u001b[36m", "separator"));
    }

    /// <summary><paramref name="text"/> in <paramref name="colour"/> and back to plain, as git's <c>output_color</c> writes it (nothing added for no colour).</summary>
    public static string Paint(string colour, string text) => colour.Length == 0 ? text : colour + text + Reset;
}
