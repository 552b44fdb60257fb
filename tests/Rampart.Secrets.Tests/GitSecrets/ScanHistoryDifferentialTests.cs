using System.Diagnostics;
using System.Text.RegularExpressions;
using Rampart.Secrets.Tests.Support;

namespace Rampart.Secrets.Tests.GitSecrets;

/// <summary>
/// <c>git secrets --scan-history</c> through Rampart against its definition, computed by git alone:
/// <c>git grep -nwHEI "$combined"</c> over the commits <c>git log --all -G"$combined"</c> lists. On
/// random histories the finding lines Rampart prints must be exactly git's, in git's order (less
/// NUL bytes, which git-secrets' command substitution drops) — this checks the object reader, the
/// pickaxe, the silent-blob shortcut and the tree grep together.
/// </summary>
public sealed partial class ScanHistoryDifferentialTests
{
    private static readonly string[][] PatternSets =
    [
        ["SECRET[0-9]+"],
        ["SECRET[0-9]+", "key\\s*=\\s*[0-9]{4}"],
        ["x[^y]z", "^token$", "more$"],
        ["[0-9][[:space:]]", "more[[:cntrl:]]"],
    ];

    public static IEnumerable<object[]> Cases() =>
        from seed in Enumerable.Range(21, 8)
        from set in Enumerable.Range(0, PatternSets.Length)
        select new object[] { seed, set };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ScanHistory_RandomHistory_FindsWhatGitGrepFindsInTheCommitsGitLogGLists(int seed, int set)
    {
        using var repo = RandomHistory.Create(seed, packed: seed % 2 == 0);
        foreach (var pattern in PatternSets[set])
        {
            repo.Run("git", "config", "--add", "secrets.patterns", pattern);
        }

        var combined = string.Join('|', PatternSets[set]);
        var revisions = Git(repo, "log", "--all", "-G" + combined, "--format=%H").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        revisions.ShouldNotBeEmpty();
        var expected = Git(repo, ["grep", "-nwHEI", combined, .. revisions]).Replace("\0", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var found = RampartGitSecrets(repo, "--scan-history").Split('\n').Where(line => Finding().IsMatch(line)).ToList();

        found.ShouldBe(expected.ToList(), $"seed {seed}, patterns {combined}");
    }

    [Theory]
    [InlineData("C.UTF-8")]
    [InlineData("C")]
    public void ScanHistory_NonAsciiLines_SelectedAsGitLogGDoesInTheUsersLocale(string locale)
    {
        using var repo = TempRepo.Git();
        repo.Run("git", "config", "--add", "secrets.patterns", "p.ss");
        repo.Write("a.txt", "pass\n");
        repo.Commit("ascii");
        repo.Write("b.txt", "p\u00e9ss\n");
        repo.Commit("one character, two bytes");
        repo.Write("c.txt", "p\u00e9\u00e9ss\n");
        repo.Commit("two characters, four bytes");
        repo.Write("a.txt", "x\npass\n");
        repo.Commit("moved");

        FindsWhatGitFindsInLocale(repo, "p.ss", locale);
    }

    /// <summary>
    /// A pattern with a non-ASCII letter reads differently in a UTF-8 locale (<c>é?</c> makes the
    /// whole letter optional, not its last byte), even where every changed line is ASCII.
    /// </summary>
    [Theory]
    [InlineData("C.UTF-8")]
    [InlineData("C")]
    public void ScanHistory_NonAsciiPattern_SelectedAsGitLogGDoesInTheUsersLocale(string locale)
    {
        using var repo = TempRepo.Git();
        repo.Run("git", "config", "--add", "secrets.patterns", "x\u00e9?|AKIA");
        repo.Write("f.txt", "AKIA\n");
        repo.Commit("a match");
        repo.Write("f.txt", "AKIA\nx\n");
        repo.Commit("an x, which matches only when the accent is one character");

        FindsWhatGitFindsInLocale(repo, "x\u00e9?|AKIA", locale);
    }

    private static void FindsWhatGitFindsInLocale(TempRepo repo, string pattern, string locale)
    {
        var revisions = Run(repo, "git", ["log", "--all", "-G" + pattern, "--format=%H"], allowFailure: true, locale).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var expected = Git(repo, ["grep", "-nwHEI", pattern, .. revisions]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var found = Run(repo, ScenarioRunner.Rampart, ["secrets", "--scan-history"], allowFailure: true, locale).Stderr.Split('\n').Where(line => Finding().IsMatch(line)).ToList();

        found.ShouldBe(expected.ToList(), $"LANG={locale}");
    }

    [GeneratedRegex("^[0-9a-f]{40}:")]
    private static partial Regex Finding();

    private static string Git(TempRepo repo, params string[] arguments) => Run(repo, "git", arguments, allowFailure: true).Stdout;

    private static string RampartGitSecrets(TempRepo repo, string mode) => Run(repo, ScenarioRunner.Rampart, ["secrets", mode], allowFailure: true).Stderr;

    private static (string Stdout, string Stderr) Run(TempRepo repo, string program, string[] arguments, bool allowFailure, string? locale = null)
    {
        using var home = TempRepo.Folder();
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = repo.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = home.Path;
        if (locale is null)
        {
            start.Environment["LC_ALL"] = "C";
        }
        else
        {
            start.Environment.Remove("LC_ALL");
            start.Environment.Remove("LC_CTYPE");
            start.Environment["LANG"] = locale;
        }

        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        (allowFailure || process.ExitCode == 0).ShouldBeTrue();
        return (stdout, stderr.Result);
    }
}
