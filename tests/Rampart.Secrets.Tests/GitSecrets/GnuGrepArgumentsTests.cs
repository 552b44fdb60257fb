using Rampart.Secrets.GitSecrets;

namespace Rampart.Secrets.Tests.GitSecrets;

/// <summary>
/// GNU grep 3.8's command line as glibc getopt_long and grep.c read it; expected texts are what
/// <c>LC_ALL=C grep</c> 3.8 prints for the same arguments.
/// </summary>
public sealed class GnuGrepArgumentsTests
{
    private static GnuGrepCommand Parse(params string[] args) =>
        GnuGrepArguments.Parse(args, name => name == "pats" ? ("one\ntwo", null) : (null, "No such file or directory"));

    [Fact]
    public void Parse_OptionsAfterOperands_ArePermutedAndBundled()
    {
        var command = Parse("-d", "skip", "-nwHEI", "AKIA", "a.txt", "-v");

        command.Exit.ShouldBeNull();
        command.Keys.ShouldBe("AKIA");
        command.Files.ShouldBe(["a.txt"]);
        command.Options.Invert.ShouldBeTrue();
        command.Options.Directories.ShouldBe("skip");
        command.Options.Matcher.ShouldBe('E');
    }

    [Fact]
    public void Parse_AttachedArgumentAndDoubleDash_TakenAsGetoptDoes()
    {
        var command = Parse("-Fq", "-ex", "--", "-v");

        command.Keys.ShouldBe("x");
        command.Files.ShouldBe(["-v"]);
        command.Options.Invert.ShouldBeFalse();
    }

    [Fact]
    public void Parse_PatternFileMissing_DiesWithGrepsMessage()
    {
        var command = Parse("-Fq", "-foo");

        command.Exit.ShouldBe(2);
        command.Stderr.ShouldBe("grep: oo: No such file or directory\n");
    }

    [Fact]
    public void Parse_PatternFilesAndExpressions_JoinInOrder()
    {
        Parse("-E", "-e", "a", "-f", "pats", "-e", "b").Keys.ShouldBe("a\none\ntwo\nb");
    }

    [Theory]
    [InlineData("--no", "grep: option '--no' is ambiguous; possibilities: '--no-ignore-case' '--no-filename' '--no-group-separator' '--no-messages'\n")]
    [InlineData("--foo=bar", "grep: unrecognized option '--foo=bar'\n")]
    [InlineData("--cou=3", "grep: option '--count' doesn't allow an argument\n")]
    [InlineData("-k", "grep: invalid option -- 'k'\n")]
    [InlineData("-e", "grep: option requires an argument -- 'e'\n")]
    [InlineData("--file", "grep: option '--file' requires an argument\n")]
    public void Parse_BadOption_PrintsGetoptMessageAndUsage(string arg, string message)
    {
        var command = Parse("-Fq", arg);

        command.Exit.ShouldBe(2);
        command.Stderr.ShouldBe(message + GnuGrepText.Usage);
    }

    [Fact]
    public void Parse_UniquePrefixAndSameMeaningLongOptions_AreNotAmbiguous()
    {
        var command = Parse("--fixed", "--colo", "--inv", "x");

        command.Exit.ShouldBeNull();
        command.Options.Matcher.ShouldBe('F');
        command.Options.Invert.ShouldBeTrue();
    }

    [Theory]
    [InlineData("-E", "grep: conflicting matchers specified\n", 2)]
    [InlineData("-mx", "grep: invalid max count\n", 2)]
    [InlineData("-A-1", "grep: -1: invalid context length argument\n", 2)]
    [InlineData("-dre", "grep: ambiguous argument 're' for '--directories'\nValid arguments are:\n  - 'read'\n  - 'recurse'\n  - 'skip'\n" + GnuGrepText.Usage, 1)]
    public void Parse_BadOptionValue_DiesAsGrepDoes(string arg, string stderr, int exit)
    {
        var command = Parse("-Fq", arg, "x");

        command.Exit.ShouldBe(exit);
        command.Stderr.ShouldBe(stderr);
    }

    [Fact]
    public void Parse_VersionOrUnknownColor_PrintsVersionOrHelp()
    {
        Parse("-Fq", "--vers").Stdout.ShouldBe(GnuGrepText.Version);
        Parse("--color=bogus", "x").Stdout.ShouldBe(GnuGrepText.Help);
    }

    [Fact]
    public void Parse_NoPattern_PrintsUsage()
    {
        var command = Parse("-Fq", "-i");

        command.Exit.ShouldBe(2);
        command.Stderr.ShouldBe(GnuGrepText.Usage);
    }

    [Theory]
    [InlineData(new[] { "-F", "-w", "ab" }, "xab ab", true)]
    [InlineData(new[] { "-F", "-w", "ab" }, "xab abc", false)]
    [InlineData(new[] { "-F", "-x", "-i", "AB" }, "ab", true)]
    [InlineData(new[] { "-E", "-x", "a|ab" }, "ab", true)]
    [InlineData(new[] { "-E", "-v", "a" }, "b", true)]
    [InlineData(new[] { "-E", "-i", "[^a]x" }, "Ax", false)]
    [InlineData(new[] { "-E", "-i", "[^a]x" }, "bX", true)]
    [InlineData(new[] { "-E", "-i", "[[:lower:]]" }, "Q", true)]
    [InlineData(new[] { "-F", "-f", "pats" }, "two", true)]
    public void IsSelected_FixedAndExtended_DecideLikeGrep(string[] args, string line, bool selected)
    {
        var (matcher, error) = GnuGrepMatcher.Create(Parse(args), new System.Text.StringBuilder());

        error.ShouldBeNull();
        matcher!.IsSelected(System.Text.Encoding.Latin1.GetBytes(line)).ShouldBe(selected);
    }

    [Theory]
    [InlineData(new[] { "-E", "-o", "p*" }, "pass password passpass", "p|p|p|p")]
    [InlineData(new[] { "-E", "-o", "-w", "pass(word)?" }, "pass password passpass", "pass|password")]
    [InlineData(new[] { "-F", "-o", "-e", "ab", "-e", "abc" }, "xabcab", "abc|ab")]
    public void OnlyMatching_Line_SameMatchesAsGrep(string[] args, string line, string expected)
    {
        var (matcher, _) = GnuGrepMatcher.Create(Parse(args), new System.Text.StringBuilder());
        var bytes = System.Text.Encoding.Latin1.GetBytes(line);

        var matches = matcher!.OnlyMatching(bytes).Select(match => line[match.Start..match.End]);

        string.Join('|', matches).ShouldBe(expected);
    }
}
