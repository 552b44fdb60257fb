using System.Text;
using Rampart.Git.Processes;
using Rampart.Secrets.GitSecrets;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// GNU grep 3.8 under <c>LC_ALL=C</c>, as git-secrets runs it: <c>grep -d skip|recurse -nwHEI
/// "$patterns" FILE…</c> (<c>regular_grep</c>: explicit files and stdin) and <c>grep -Fq "$value"</c>
/// (<c>add_config</c>'s duplicate check). The arguments go through grep's own option parser
/// (<see cref="GnuGrepArguments"/>), so a value that starts with <c>-</c> acts as options, as it
/// does in git-secrets. Messages are grep's, <c>(standard input)</c> names <c>-</c>, and a file is
/// binary when a NUL occurs in its first 32 KiB.
/// </summary>
/// <remarks>
/// Options that change how lines are printed (<c>-o</c>, <c>-b</c>, <c>-T</c>, <c>-Z</c>, context,
/// <c>--color=always</c>) or which files are read (<c>--include</c>, <c>--exclude…</c>) are not
/// emulated: when one would make a difference, the run stops with a one-line message and exit 2.
/// </remarks>
public sealed class GnuGrep(ShellIo io, GitSecretsEnvironment environment, byte[]? stdin = null)
{
    /// <summary>The bytes GNU grep reads before calling a file binary.</summary>
    private const int BinaryProbe = 32768;

    private GnuGrepOptions _options = new();
    private GnuGrepMatcher? _matcher;
    private bool _withNames;
    private bool _errors;
    private bool _anySelected;
    private GnuGrepLinePrinter? _printer;
    private bool _stopped;
    private string? _notEmulated;

    /// <summary>The result of one grep run: its exit status and what it wrote to standard output.</summary>
    public sealed record Result(int Status, string Stdout);

    /// <summary>Runs <c>grep ARGS</c>; grep's standard error goes straight to the user.</summary>
    public Result Run(IReadOnlyList<string> args)
    {
        var command = GnuGrepArguments.Parse(args, ReadPatternFile);
        io.Err(command.Stderr);
        if (command.Exit is { } exit)
        {
            return new Result(exit, command.Stdout);
        }

        var warnings = new StringBuilder();
        var (matcher, error) = GnuGrepMatcher.Create(command, warnings);
        io.Err(warnings.ToString());
        if (matcher is null)
        {
            io.Err(error!);
            return new Result(2, "");
        }

        _options = command.Options;
        _matcher = matcher;

        // grep.c: -q, -l and -L stop at the first selected line of a file and print no count.
        _options.Count &= !_options.Quiet && _options.ListFiles == '\0';
        // grep.c: when nothing can be selected (-m 0, or an empty pattern file without -v), grep
        // exits 1 before it opens a file — unless -L must list them.
        if ((_options.MaxCount == 0 || (command.MatchNothing && !_options.Invert)) && _options.ListFiles != 'L')
        {
            return new Result(1, "");
        }

        var recursive = _options.Directories == "recurse";
        var files = command.Files.Count > 0 ? command.Files : [recursive ? "." : "-"];
        _withNames = _options.FilenameOption == 1 || (_options.FilenameOption == 0 && (files.Count > 1 || recursive));
        var output = new StringBuilder();
        _printer = new GnuGrepLinePrinter(_options, matcher, _withNames, output);
        foreach (var file in files.TakeWhile(_ => !_stopped))
        {
            Search(file, output, top: true);
        }

        if (_notEmulated is not null)
        {
            io.Err($"rampart: grep option `{_notEmulated}` is not emulated (git-secrets passed grep a value that starts with `-`)\n");
            return new Result(2, output.ToString());
        }

        return new Result(_stopped && _options.Quiet ? 0 : _errors ? 2 : _anySelected ? 0 : 1, output.ToString());
    }

    private (string? Content, string? Error) ReadPatternFile(string name)
    {
        if (name == "-")
        {
            return (ByteString.FromBytes(ReadStdin()), null);
        }

        var path = Path.Combine(environment.Directory, ByteString.ToOs(name));
        if (Directory.Exists(path))
        {
            return (null, "Is a directory");
        }

        try
        {
            return (ByteString.FromBytes(File.ReadAllBytes(path)), null);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, "No such file or directory");
        }
    }

    private byte[] ReadStdin()
    {
        if (stdin is not null)
        {
            return stdin;
        }

        using var buffer = new MemoryStream();
        io.Stdin.CopyTo(buffer);
        stdin = buffer.ToArray();
        return stdin;
    }

    private void Search(string file, StringBuilder output, bool top)
    {
        if (file == "-" && top)
        {
            SearchContent(_options.Label, ReadStdin(), output);
            return;
        }

        if (_options.NotEmulated.FirstOrDefault(option => option is "--include" or "--exclude" or "--exclude-dir" or "--exclude-from") is { } filter)
        {
            Stop(filter);
            return;
        }

        var full = Path.Combine(environment.Directory, ByteString.ToOs(file));
        if (Directory.Exists(full))
        {
            SearchDirectory(file, full, output, top);
            return;
        }

        if (!File.Exists(full))
        {
            Fail($"grep: {file}: No such file or directory\n");
            return;
        }

        SearchContent(file, File.ReadAllBytes(full), output);
    }

    private void SearchDirectory(string file, string full, StringBuilder output, bool top)
    {
        var link = new DirectoryInfo(full).Attributes.HasFlag(FileAttributes.ReparsePoint);
        if (_options.Directories == "skip" || (!top && link && !_options.Dereference))
        {
            return;
        }

        if (_options.Directories == "read")
        {
            Fail($"grep: {file}: Is a directory\n");
            return;
        }

        var folder = file.EndsWith('/') ? file : file + "/";
        foreach (var entry in new DirectoryInfo(full).EnumerateFileSystemInfos().TakeWhile(_ => !_stopped))
        {
            if (!entry.Attributes.HasFlag(FileAttributes.ReparsePoint) || _options.Dereference)
            {
                Search(folder + ByteString.FromOs(entry.Name), output, top: false);
            }
        }
    }

    private void Stop(string? notEmulated)
    {
        _stopped = true;
        _notEmulated = notEmulated;
    }

    private void Fail(string message)
    {
        _errors = true;
        if (!_options.NoMessages)
        {
            io.Err(message);
        }
    }

    private void SearchContent(string name, byte[] content, StringBuilder output)
    {
        var binary = _options.BinaryFiles != "text" && LineScanner.IsBinary(content, BinaryProbe);
        var prefix = _withNames ? name + (_options.NullAfterName ? "\0" : ":") : "";
        if (binary && _options.BinaryFiles == "without-match")
        {
            Summarize(name, prefix, 0, binary, output);
            return;
        }

        var printsLines = !_options.Quiet && !_options.Count && _options.ListFiles == '\0';
        var lines = new List<(int Start, int End)>();
        var printer = _printer!;
        printer.StartFile(name, content, lines);
        long count = 0;
        for (var start = 0; start < content.Length;)
        {
            var newline = Array.IndexOf(content, (byte)'\n', start);
            var end = newline < 0 ? content.Length : newline;
            lines.Add((start, end));
            start = end + 1;
            if (count == _options.MaxCount)
            {
                // grep stops after NUM selected lines but still prints their trailing context.
                if (!printsLines || !printer.Trailing())
                {
                    break;
                }

                continue;
            }

            if (_matcher!.NotEmulated is { } option)
            {
                Stop(option);
                return;
            }

            if (!_matcher.IsSelected(content.AsSpan(lines[^1].Start, lines[^1].End - lines[^1].Start)))
            {
                _ = printsLines && printer.Trailing();
                continue;
            }

            count++;
            _anySelected = true;
            if (_options.Quiet)
            {
                Stop(null);
                return;
            }

            if (_options.ListFiles != '\0' || binary)
            {
                break;
            }

            if (printsLines)
            {
                if (_options.NotEmulated.FirstOrDefault() is { } printing)
                {
                    Stop(printing);
                    return;
                }

                printer.Selected();
            }
        }

        Summarize(name, prefix, count, binary, output);
    }

    private void Summarize(string name, string prefix, long count, bool binary, StringBuilder output)
    {
        if (_options.Count)
        {
            output.Append(prefix).Append(count).Append('\n');
        }

        if ((_options.ListFiles == 'l' && count > 0) || (_options.ListFiles == 'L' && count == 0))
        {
            output.Append(name).Append(_options.NullAfterName ? '\0' : '\n');
        }
        else if (binary && count > 0 && !_options.Count)
        {
            io.Err($"grep: {name}: binary file matches\n");
        }
    }
}
