using Rampart.Git.Processes;
using Rampart.Secrets.GitSecrets;
using Rampart.Secrets.GitSecrets.Posix;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// How git grep prints a selected line, as the repository's config asks: names quoted per
/// <c>core.quotePath</c>, shown from the top rather than the current folder with
/// <c>grep.fullName</c>, and the 1-based byte column of the line's first match after its number
/// with <c>grep.column</c>.
/// </summary>
public sealed record GrepStyle(bool QuotePath, bool FullName, bool Column)
{
    /// <summary>The name shown for <paramref name="path"/>, a path relative to the current folder <paramref name="prefix"/> (from the top, with a trailing slash, or empty).</summary>
    public string Name(string prefix, string path) => GitPath.Quote(FullName ? GitPath.FromTop(prefix, path) : path, QuotePath);

    /// <summary><c>NUMBER[:COLUMN]:TEXT</c> for the selected line <paramref name="match"/> of <paramref name="content"/> (the name not included).</summary>
    public string Line(PosixRegex regex, ReadOnlySpan<byte> content, LineMatch match)
    {
        var line = content[match.Start..match.End];
        var text = ByteString.FromBytes(line);
        return Column && WordRule.GitFind(regex, line, out var start) ? $"{match.Number}:{start + 1}:{text}" : $"{match.Number}:{text}";
    }
}
