using System.Globalization;
using System.Text;

namespace Rampart.Secrets.GitSecrets;

/// <summary>
/// What a GNU grep 3.8 command line amounts to: either grep stops while reading its options
/// (<see cref="Exit"/> set: an option error, <c>--help</c>, <c>-V</c>), or it searches
/// <see cref="Files"/> for <see cref="Keys"/> (newline-separated patterns) with
/// <see cref="Options"/>. <see cref="Stdout"/> and <see cref="Stderr"/> hold what grep printed so
/// far. <see cref="MatchNothing"/> is grep's answer to an empty pattern file (<c>-f /dev/null</c>).
/// </summary>
public sealed record GnuGrepCommand(GnuGrepOptions Options, string Keys, bool MatchNothing, IReadOnlyList<string> Files, string Stdout, string Stderr, int? Exit);

/// <summary>
/// Reads a GNU grep 3.8 command line the way grep does: glibc's <c>getopt_long</c> (options and
/// operands in any order, short options bundled, a required argument taken from the rest of the
/// word or the next word, long options abbreviated to any unambiguous prefix, <c>--</c> ends the
/// options, a lone <c>-</c> is an operand), then grep.c's option switch with its messages and exit
/// codes. git-secrets hands user values to grep unquoted by <c>--</c>, so a pattern or file name
/// that starts with <c>-</c> is read here as options, as grep does.
/// </summary>
public static class GnuGrepArguments
{
    private const string ShortOptions = "0123456789A:B:C:D:EFGHIPTUVX:abcd:e:f:hiLlm:noqRrsuvwxyZz";

    private static readonly LongOption[] LongOptions =
    [
        new("basic-regexp", Arg.None, "G"), new("extended-regexp", Arg.None, "E"), new("fixed-regexp", Arg.None, "F"),
        new("fixed-strings", Arg.None, "F"), new("perl-regexp", Arg.None, "P"), new("after-context", Arg.Required, "A"),
        new("before-context", Arg.Required, "B"), new("binary-files", Arg.Required, "binary-files"), new("byte-offset", Arg.None, "b"),
        new("context", Arg.Required, "C"), new("color", Arg.Optional, "color"), new("colour", Arg.Optional, "color"),
        new("count", Arg.None, "c"), new("devices", Arg.Required, "D"), new("directories", Arg.Required, "d"),
        new("dereference-recursive", Arg.None, "R"), new("exclude", Arg.Required, "exclude"), new("exclude-from", Arg.Required, "exclude-from"),
        new("exclude-dir", Arg.Required, "exclude-dir"), new("file", Arg.Required, "f"), new("files-with-matches", Arg.None, "l"),
        new("files-without-match", Arg.None, "L"), new("group-separator", Arg.Required, "group-separator"), new("help", Arg.None, "help"),
        new("include", Arg.Required, "include"), new("ignore-case", Arg.None, "i"), new("no-ignore-case", Arg.None, "no-ignore-case"),
        new("initial-tab", Arg.None, "T"), new("label", Arg.Required, "label"), new("line-buffered", Arg.None, "line-buffered"),
        new("line-number", Arg.None, "n"), new("line-regexp", Arg.None, "x"), new("max-count", Arg.Required, "m"),
        new("no-filename", Arg.None, "h"), new("no-group-separator", Arg.None, "group-separator"), new("no-messages", Arg.None, "s"),
        new("null", Arg.None, "Z"), new("null-data", Arg.None, "z"), new("only-matching", Arg.None, "o"),
        new("quiet", Arg.None, "q"), new("recursive", Arg.None, "r"), new("regexp", Arg.Required, "e"),
        new("invert-match", Arg.None, "v"), new("silent", Arg.None, "q"), new("text", Arg.None, "a"),
        new("binary", Arg.None, "U"), new("unix-byte-offsets", Arg.None, "u"), new("version", Arg.None, "V"),
        new("with-filename", Arg.None, "H"), new("word-regexp", Arg.None, "w"),
    ];

    private static readonly string[] DirectoryActions = ["read", "recurse", "skip"];

    private static readonly (string Name, char Matcher)[] Matchers =
        [("grep", 'G'), ("egrep", 'E'), ("fgrep", 'F'), ("awk", 'A'), ("gawk", 'A'), ("posixawk", 'A'), ("perl", 'P')];

    private enum Arg
    {
        None,
        Required,
        Optional,
    }

    /// <summary>
    /// Parses <paramref name="args"/> (byte strings, without the program name).
    /// <paramref name="readFile"/> reads a <c>-f</c>/<c>--exclude-from</c> file (<c>-</c> is standard
    /// input): its content, or the system's reason when it cannot be read.
    /// </summary>
    public static GnuGrepCommand Parse(IReadOnlyList<string> args, Func<string, (string? Content, string? Error)> readFile)
    {
        var state = new State(readFile);
        var operands = new List<string>();
        for (var i = 0; i < args.Count && state.Exit is null; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                operands.AddRange(args.Skip(i + 1));
                break;
            }

            if (arg.Length < 2 || arg[0] != '-')
            {
                operands.Add(arg);
            }
            else if (arg[1] == '-')
            {
                i = LongOptionWord(state, args, i);
            }
            else
            {
                i = ShortOptionGroup(state, args, i);
            }
        }

        return state.Finish(operands);
    }

    private static int LongOptionWord(State state, IReadOnlyList<string> args, int i)
    {
        var body = args[i][2..];
        var equals = body.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? body : body[..equals];
        var found = LongOptions.FirstOrDefault(option => option.Name == name);
        if (found is null)
        {
            var candidates = LongOptions.Where(option => option.Name.StartsWith(name, StringComparison.Ordinal)).ToList();
            if (candidates.Count == 0)
            {
                return state.Usage($"grep: unrecognized option '--{body}'\n", i);
            }

            found = candidates[0];
            var differing = candidates.Where(option => option.Arg != found.Arg || option.Key != found.Key).ToList();
            if (differing.Count > 0)
            {
                var listed = string.Concat(candidates.Where(option => option == found || differing.Contains(option)).Select(option => $" '--{option.Name}'"));
                return state.Usage($"grep: option '--{body}' is ambiguous; possibilities:{listed}\n", i);
            }
        }

        string? value = null;
        if (equals >= 0)
        {
            if (found.Arg == Arg.None)
            {
                return state.Usage($"grep: option '--{found.Name}' doesn't allow an argument\n", i);
            }

            value = body[(equals + 1)..];
        }
        else if (found.Arg == Arg.Required)
        {
            if (i + 1 >= args.Count)
            {
                return state.Usage($"grep: option '--{found.Name}' requires an argument\n", i);
            }

            value = args[++i];
        }

        state.EndDigits();
        state.Apply(found.Key, value);
        return i;
    }

    private static int ShortOptionGroup(State state, IReadOnlyList<string> args, int i)
    {
        var arg = args[i];
        for (var j = 1; j < arg.Length && state.Exit is null; j++)
        {
            var c = arg[j];
            var index = c == ':' ? -1 : ShortOptions.IndexOf(c, StringComparison.Ordinal);
            if (index < 0)
            {
                return state.Usage($"grep: invalid option -- '{c}'\n", i);
            }

            if (char.IsAsciiDigit(c))
            {
                state.Digit(c, i);
                continue;
            }

            state.EndDigits();
            if (index + 1 < ShortOptions.Length && ShortOptions[index + 1] == ':')
            {
                string value;
                if (j + 1 < arg.Length)
                {
                    value = arg[(j + 1)..];
                }
                else if (i + 1 < args.Count)
                {
                    value = args[++i];
                }
                else
                {
                    return state.Usage($"grep: option requires an argument -- '{c}'\n", i);
                }

                state.Apply(c.ToString(), value);
                return i;
            }

            state.Apply(c.ToString(), null);
        }

        return i;
    }

    /// <summary>grep's <c>xstrtoimax</c> for <c>-m</c> and context lengths: an integer, overflow saturating.</summary>
    private static bool TryParseCount(string text, out long value)
    {
        var trimmed = text.TrimStart(' ', '\t', '\n', '\v', '\f', '\r');
        if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        var digits = trimmed.StartsWith('+') || trimmed.StartsWith('-') ? trimmed[1..] : trimmed;
        value = trimmed.StartsWith('-') ? long.MinValue : long.MaxValue;
        return digits.Length > 0 && digits.All(char.IsAsciiDigit);
    }

    private sealed record LongOption(string Name, Arg Arg, string Key);

    private sealed class State(Func<string, (string? Content, string? Error)> readFile)
    {
        private readonly GnuGrepOptions _options = new();
        private readonly StringBuilder _stdout = new();
        private readonly StringBuilder _stderr = new();
        private StringBuilder? _keys;
        private bool _showHelp;
        private bool _showVersion;
        private string _digits = "";
        private int _digitWord = -1;
        private bool _inDigits;

        public int? Exit { get; private set; }

        public int Usage(string message, int i, int exit = 2)
        {
            _stderr.Append(message).Append(GnuGrepText.Usage);
            Exit = exit;
            return i;
        }

        /// <summary>A digit option: <c>-NUM</c> is <c>--context=NUM</c>; digits run on within one word.</summary>
        public void Digit(char c, int word)
        {
            if (!_inDigits || word != _digitWord)
            {
                _digits = "";
            }

            _digits += c;
            _digitWord = word;
            _inDigits = true;
        }

        public void EndDigits()
        {
            if (_inDigits)
            {
                _inDigits = false;
                _options.DefaultContext = Context(_digits);
            }
        }

        public void Apply(string key, string? value)
        {
            switch (key)
            {
                case "A":
                    _options.After = Context(value!);
                    break;
                case "B":
                    _options.Before = Context(value!);
                    break;
                case "C":
                    _options.DefaultContext = Context(value!);
                    break;
                case "group-separator":
                    _options.GroupSeparator = value;
                    break;
                case "D" when value is not ("read" or "skip"):
                    Die("grep: unknown devices method\n");
                    break;
                case "E" or "F" or "G" or "P":
                    SetMatcher(key[0]);
                    break;
                case "X":
                    var matcher = Matchers.FirstOrDefault(m => m.Name == value);
                    if (matcher.Name is null)
                    {
                        Die($"grep: invalid matcher {value}\n");
                    }
                    else
                    {
                        SetMatcher(matcher.Matcher);
                    }

                    break;
                case "H":
                    _options.FilenameOption = 1;
                    break;
                case "h":
                    _options.FilenameOption = -1;
                    break;
                case "I":
                    _options.BinaryFiles = "without-match";
                    break;
                case "a":
                    _options.BinaryFiles = "text";
                    break;
                case "u":
                    _stderr.Append("grep: warning: --unix-byte-offsets (-u) is obsolete\n");
                    break;
                case "Z":
                    _options.NullAfterName = true;
                    break;
                case "o":
                    _options.OnlyMatching = true;
                    break;
                case "b":
                    _options.ByteOffset = true;
                    break;
                case "T" or "z" or "exclude" or "include" or "exclude-dir":
                    _options.NotEmulated.Add(key.Length == 1 ? "-" + key : "--" + key);
                    break;
                case "V":
                    _showVersion = true;
                    break;
                case "c":
                    _options.Count = true;
                    break;
                case "d":
                    Directories(value!);
                    break;
                case "e":
                    (_keys ??= new StringBuilder()).Append(value).Append('\n');
                    break;
                case "f":
                    PatternFile(value!);
                    break;
                case "i" or "y":
                    _options.IgnoreCase = true;
                    break;
                case "no-ignore-case":
                    _options.IgnoreCase = false;
                    break;
                case "L" or "l":
                    _options.ListFiles = key[0];
                    break;
                case "m":
                    if (!TryParseCount(value!, out var max))
                    {
                        Die("grep: invalid max count\n");
                    }

                    _options.MaxCount = max;
                    break;
                case "n":
                    _options.LineNumber = true;
                    break;
                case "q":
                    _options.Quiet = true;
                    break;
                case "R":
                    _options.Dereference = true;
                    _options.Directories = "recurse";
                    break;
                case "r":
                    _options.Directories = "recurse";
                    break;
                case "s":
                    _options.NoMessages = true;
                    break;
                case "v":
                    _options.Invert = true;
                    break;
                case "w":
                    _options.WordRegexp = true;
                    break;
                case "x":
                    _options.LineRegexp = true;
                    break;
                case "binary-files" when value is not ("binary" or "text" or "without-match"):
                    Die("grep: unknown binary-files type\n");
                    break;
                case "binary-files":
                    _options.BinaryFiles = value;
                    break;
                case "color":
                    Color(value);
                    break;
                case "exclude-from":
                    if (Read(value!) is not null)
                    {
                        _options.NotEmulated.Add("--exclude-from");
                    }

                    break;
                case "help":
                    _showHelp = true;
                    break;
                case "label":
                    _options.Label = value!;
                    break;
            }
        }

        public GnuGrepCommand Finish(List<string> operands)
        {
            EndDigits();
            if (Exit is null && _showVersion)
            {
                _stdout.Append(GnuGrepText.Version);
                Exit = 0;
            }
            else if (Exit is null && _showHelp)
            {
                _stdout.Append(GnuGrepText.Help);
                Exit = 0;
            }

            var keys = "";
            var matchNothing = false;
            if (Exit is null && _keys is not null)
            {
                matchNothing = _keys.Length == 0;
                keys = matchNothing ? "" : _keys.ToString(0, _keys.Length - 1);
            }
            else if (Exit is null && operands.Count > 0)
            {
                keys = operands[0];
                operands.RemoveAt(0);
            }
            else if (Exit is null)
            {
                Usage("", 0);
            }

            return new GnuGrepCommand(_options, keys, matchNothing, operands, _stdout.ToString(), _stderr.ToString(), Exit);
        }

        private void Die(string message)
        {
            _stderr.Append(message);
            Exit = 2;
        }

        private void SetMatcher(char matcher)
        {
            if (_options.Matcher is { } chosen && chosen != matcher)
            {
                Die("grep: conflicting matchers specified\n");
            }

            _options.Matcher = matcher;
        }

        private long Context(string value)
        {
            if (!TryParseCount(value, out var lines) || lines < 0)
            {
                Die($"grep: {value}: invalid context length argument\n");
            }

            return lines;
        }

        /// <summary>gnulib's <c>argmatch</c>: an exact name or an unambiguous prefix of one.</summary>
        private void Directories(string value)
        {
            var matches = DirectoryActions.Where(action => action.StartsWith(value, StringComparison.Ordinal)).ToList();
            var exact = DirectoryActions.FirstOrDefault(action => action == value);
            if (exact is null && matches.Count != 1)
            {
                var problem = matches.Count == 0 ? "invalid" : "ambiguous";
                _stderr.Append($"grep: {problem} argument '{value}' for '--directories'\nValid arguments are:\n")
                    .Append(string.Concat(DirectoryActions.Select(action => $"  - '{action}'\n")));
                Usage("", 0, exit: 1);
                return;
            }

            _options.Directories = exact ?? matches[0];
        }

        private void PatternFile(string name)
        {
            if (Read(name) is not { } content)
            {
                return;
            }

            var keys = _keys ??= new StringBuilder();
            keys.Append(content);
            if (content.Length > 0 && content[^1] != '\n')
            {
                keys.Append('\n');
            }
        }

        private string? Read(string name)
        {
            var (content, error) = readFile(name);
            if (content is null)
            {
                Die($"grep: {name}: {error}\n");
            }

            return content;
        }

        private void Color(string? value)
        {
            var when = value?.ToLowerInvariant();
            if (when is "always" or "yes" or "force")
            {
                _options.NotEmulated.Add("--color=always");
            }
            else if (when is not (null or "never" or "no" or "none" or "auto" or "tty" or "if-tty"))
            {
                _showHelp = true;
            }
        }
    }
}
