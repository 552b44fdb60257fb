namespace Rampart.Secrets.GitSecrets;

/// <summary>
/// What a GNU grep 3.8 command line selects, option by option as grep.c's <c>main</c> records them
/// (later options override earlier ones). Only settings that change what grep prints or returns are
/// kept; <c>--line-buffered</c>, <c>-U</c> and <c>-D</c> change nothing for regular files on Linux.
/// </summary>
public sealed class GnuGrepOptions
{
    /// <summary>The matcher: <c>G</c> (default), <c>E</c>, <c>F</c> or <c>P</c>; null until one is chosen.</summary>
    public char? Matcher { get; set; }

    /// <summary><c>-i</c>/<c>-y</c> (cleared by <c>--no-ignore-case</c>).</summary>
    public bool IgnoreCase { get; set; }

    /// <summary><c>-v</c>.</summary>
    public bool Invert { get; set; }

    /// <summary><c>-w</c>.</summary>
    public bool WordRegexp { get; set; }

    /// <summary><c>-x</c>.</summary>
    public bool LineRegexp { get; set; }

    /// <summary><c>-c</c>.</summary>
    public bool Count { get; set; }

    /// <summary><c>-l</c> (<c>'l'</c>), <c>-L</c> (<c>'L'</c>) or neither (<c>'\0'</c>).</summary>
    public char ListFiles { get; set; }

    /// <summary><c>-q</c>.</summary>
    public bool Quiet { get; set; }

    /// <summary><c>-s</c>: no messages about missing or unreadable files.</summary>
    public bool NoMessages { get; set; }

    /// <summary><c>-n</c>.</summary>
    public bool LineNumber { get; set; }

    /// <summary><c>-H</c> (1), <c>-h</c> (-1) or neither (0).</summary>
    public int FilenameOption { get; set; }

    /// <summary><c>-o</c>: print only the matched parts of selected lines.</summary>
    public bool OnlyMatching { get; set; }

    /// <summary><c>-b</c>: print the byte offset (of the line, or of the match with <c>-o</c>).</summary>
    public bool ByteOffset { get; set; }

    /// <summary><c>-Z</c>: a NUL byte follows each file name instead of <c>:</c> or a newline.</summary>
    public bool NullAfterName { get; set; }

    /// <summary><c>-d</c>: <c>read</c>, <c>recurse</c> or <c>skip</c>.</summary>
    public string Directories { get; set; } = "read";

    /// <summary><c>-R</c>: symlinks are followed while recursing.</summary>
    public bool Dereference { get; set; }

    /// <summary><c>--binary-files</c>: <c>binary</c>, <c>text</c> or <c>without-match</c>.</summary>
    public string BinaryFiles { get; set; } = "binary";

    /// <summary><c>-m</c>; negative means no limit.</summary>
    public long MaxCount { get; set; } = -1;

    /// <summary><c>-B</c>: lines of leading context; -1 when not given.</summary>
    public long Before { get; set; } = -1;

    /// <summary><c>-A</c>: lines of trailing context; -1 when not given.</summary>
    public long After { get; set; } = -1;

    /// <summary><c>-C</c> or <c>-NUM</c>: context for whichever of <see cref="Before"/>/<see cref="After"/> is not given; -1 when neither is.</summary>
    public long DefaultContext { get; set; } = -1;

    /// <summary><c>--group-separator</c> (default <c>--</c>); null after <c>--no-group-separator</c>.</summary>
    public string? GroupSeparator { get; set; } = "--";

    /// <summary><c>--label</c>: the name shown for standard input.</summary>
    public string Label { get; set; } = "(standard input)";

    /// <summary>Options grep honours that Rampart does not emulate, in the order given (for the error message).</summary>
    public List<string> NotEmulated { get; } = [];
}
