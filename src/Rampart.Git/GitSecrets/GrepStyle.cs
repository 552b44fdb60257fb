using System.Globalization;
using System.Text;
using Rampart.Git.Processes;
using Rampart.Secrets.GitSecrets;
using Rampart.Secrets.GitSecrets.Posix;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// How git grep prints a selected line, as the repository's config asks: names quoted per
/// <c>core.quotePath</c>, shown from the top rather than the current folder with
/// <c>grep.fullName</c>, the 1-based byte column of the line's first match after its number with
/// <c>grep.column</c>, and painted in <paramref name="Colors"/> when colour is on.
/// </summary>
public sealed record GrepStyle(bool QuotePath, bool FullName, bool Column, GrepColors? Colors = null)
{
    /// <summary>The name shown for <paramref name="path"/>, a path relative to the current folder <paramref name="prefix"/> (from the top, with a trailing slash, or empty).</summary>
    public string Name(string prefix, string path) => GitPath.Quote(FullName ? GitPath.FromTop(prefix, path) : path, QuotePath);

    /// <summary>A line's leading name as printed (<c>REV:path</c> for a revision's file is one name).</summary>
    public string Shown(string name) => Colors is null ? name : GrepColors.Paint(Colors.Filename, name);

    /// <summary><c>:NUMBER[:COLUMN]:TEXT</c> for the selected line <paramref name="match"/> of <paramref name="content"/> (what follows the name).</summary>
    public string Line(PosixRegex regex, ReadOnlySpan<byte> content, LineMatch match)
    {
        var line = content[match.Start..match.End];
        var text = ByteString.FromBytes(line);
        var number = match.Number.ToString(CultureInfo.InvariantCulture);
        var column = Column && WordRule.GitFind(regex, line, notBol: false, out var start, out _) ? (start + 1).ToString(CultureInfo.InvariantCulture) : null;
        if (Colors is not { } colors)
        {
            return column is null ? $":{number}:{text}" : $":{number}:{column}:{text}";
        }

        var separator = GrepColors.Paint(colors.Separator, ":");
        var painted = new StringBuilder(separator).Append(GrepColors.Paint(colors.LineNumber, number)).Append(separator);
        if (column is not null)
        {
            painted.Append(GrepColors.Paint(colors.Column, column)).Append(separator);
        }

        var position = 0;
        var notBol = false;
        while (WordRule.GitFind(regex, line[position..], notBol, out var from, out var to) && from != to)
        {
            painted.Append(GrepColors.Paint(colors.Selected, text[position..(position + from)]))
                .Append(GrepColors.Paint(colors.Match, text[(position + from)..(position + to)]));
            position += to;
            notBol = true;
        }

        return painted.Append(GrepColors.Paint(colors.Selected, text[position..])).ToString();
    }
}
