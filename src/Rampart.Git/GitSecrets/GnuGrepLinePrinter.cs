using System.Text;
using Rampart.Git.Processes;
using Rampart.Secrets.GitSecrets;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// GNU grep's line output: a selected line as <c>NAME:NUM:OFFSET:TEXT</c> (parts by <c>-H</c>,
/// <c>-n</c>, <c>-b</c>; a NUL after the name with <c>-Z</c>; only the matches with <c>-o</c>),
/// context lines (<c>-A</c>/<c>-B</c>/<c>-C</c>/<c>-NUM</c>) with <c>-</c> in place of <c>:</c>,
/// and once any context length is given (even 0) the group separator before a line that does not
/// follow the last one printed, in this file or an earlier one. One printer per grep run.
/// </summary>
public sealed class GnuGrepLinePrinter(GnuGrepOptions options, GnuGrepMatcher matcher, bool withNames, StringBuilder output)
{
    private readonly long _before = options.Before >= 0 ? options.Before : options.DefaultContext;
    private readonly long _after = options.After >= 0 ? options.After : options.DefaultContext;
    private bool _printedLines;
    private string _name = "";
    private byte[] _content = [];
    private List<(int Start, int End)> _lines = [];
    private int _lastPrinted = -1;
    private long _pending;

    /// <summary>Starts a file; <paramref name="lines"/> grows as the caller reads it.</summary>
    public void StartFile(string name, byte[] content, List<(int Start, int End)> lines)
    {
        (_name, _content, _lines) = (name, content, lines);
        _lastPrinted = -1;
        _pending = 0;
    }

    /// <summary>Prints the newest line as selected, after the leading context it still owes.</summary>
    public void Selected()
    {
        var index = _lines.Count - 1;
        for (var j = (int)Math.Max(_lastPrinted + 1, index - Math.Max(_before, 0)); j < index; j++)
        {
            Print(j, '-');
        }

        Print(index, ':');
        _pending = Math.Max(_after, 0);
    }

    /// <summary>Prints the newest line as trailing context when some is owed; false when none is.</summary>
    public bool Trailing()
    {
        if (_pending == 0)
        {
            return false;
        }

        _pending--;
        Print(_lines.Count - 1, '-');
        return true;
    }

    private void Print(int index, char separator)
    {
        if ((_before >= 0 || _after >= 0) && _printedLines && (_lastPrinted < 0 || index != _lastPrinted + 1) && options.GroupSeparator is { } group)
        {
            output.Append(group).Append('\n');
        }

        var (start, end) = _lines[index];
        var line = _content.AsSpan(start, end - start);
        if (!options.OnlyMatching)
        {
            Header(index, start, separator);
            output.Append(ByteString.FromBytes(line)).Append('\n');
        }
        else if (separator == ':')
        {
            foreach (var (from, to) in matcher.OnlyMatching(line))
            {
                Header(index, start + from, separator);
                output.Append(ByteString.FromBytes(line[from..to])).Append('\n');
            }
        }

        _lastPrinted = index;
        _printedLines = true;
    }

    private void Header(int index, int offset, char separator)
    {
        if (withNames)
        {
            output.Append(_name).Append(options.NullAfterName ? '\0' : separator);
        }

        if (options.LineNumber)
        {
            output.Append(index + 1).Append(separator);
        }

        if (options.ByteOffset)
        {
            output.Append(offset).Append(separator);
        }
    }
}
