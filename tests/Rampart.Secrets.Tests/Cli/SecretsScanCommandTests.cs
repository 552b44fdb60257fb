using System.Text.Json;
using Rampart.Secrets.Tests.Support;

namespace Rampart.Secrets.Tests.Cli;

public sealed class SecretsScanCommandTests
{
    [Fact]
    public void Scan_FolderWithSecret_ReportsRedactedAndExits1()
    {
        using var folder = TempRepo.Folder();
        var key = Fake.AwsKeyId();
        folder.Write("deploy/app.env", $"AWS_ACCESS_KEY_ID={key}\n");

        var (exit, output, _) = ScanCli.Run(folder.Path);
        exit.ShouldBe(1);
        output.ShouldBe($"deploy/app.env:1:19: aws-access-key-id: AWS long-term access key ID (AKIA…), the half of a key pair that names it: AKIA*****\n1 secret found (1 file scanned, 0 allowed, 0 in baseline)\n");
        output.ShouldNotContain(key);
    }

    [Fact]
    public void Scan_CleanFolder_Exits0()
    {
        using var folder = TempRepo.Folder();
        folder.Write("a.txt", "nothing here\n");
        var (exit, output, _) = ScanCli.Run(folder.Path);
        exit.ShouldBe(0);
        output.ShouldBe("no secrets found (1 file scanned, 0 allowed, 0 in baseline)\n");
    }

    [Fact]
    public void Scan_NoRedact_ShowsTheSecret()
    {
        using var folder = TempRepo.Folder();
        var token = Fake.GitHubToken();
        folder.Write("a.txt", $"t={token}\n");
        ScanCli.Run(folder.Path, "--no-redact").Output.ShouldContain(token);
    }

    [Fact]
    public void Scan_UpdateBaselineThenAddSecret_FailsOnlyOnTheNewOne()
    {
        using var folder = TempRepo.Folder();
        using var state = TempRepo.Folder();
        var baseline = Path.Combine(state.Path, "baseline.json");
        folder.Write("a.txt", $"old = {Fake.AwsKeyId()}\n");

        var (updateExit, updateOutput, updateError) = ScanCli.Run(folder.Path, "--baseline", baseline, "--update-baseline");
        (updateExit, updateOutput).ShouldBe((0, string.Empty));
        updateError.ShouldBe($"rampart secrets scan: baseline `{baseline}` now accepts 1 finding\n");
        ScanCli.Run(folder.Path, "--baseline", baseline).Exit.ShouldBe(0);

        folder.Write("a.txt", $"# moved down\nold = {Fake.AwsKeyId()}\nnew = {Fake.GitHubToken()}\n");
        var (exit, output, _) = ScanCli.Run(folder.Path, "--baseline", baseline, "--format", "json");
        exit.ShouldBe(1);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("findings").EnumerateArray().ShouldHaveSingleItem().GetProperty("ruleId").GetString().ShouldBe("github-pat");
        json.RootElement.GetProperty("summary").GetProperty("baselined").GetInt32().ShouldBe(1);
    }

    [Fact]
    public void Scan_AllowListAndInlineAllow_SuppressFindings()
    {
        using var folder = TempRepo.Folder();
        using var state = TempRepo.Folder();
        var allow = state.Write("allow.txt", "path: fixtures/\nrule: github-pat path: docs/*\n");
        folder.Write("fixtures/keys.txt", $"{Fake.AwsKeyId()}\n");
        folder.Write("docs/howto.md", $"{Fake.GitHubToken()}\n");
        folder.Write("src/a.py", $"KEY = '{Fake.AwsKeyId("x")}'  # rampart:allow\n");

        var (exit, output, _) = ScanCli.Run(folder.Path, "--allow-list", allow);
        exit.ShouldBe(0);
        output.ShouldBe("no secrets found (2 files scanned, 2 allowed, 0 in baseline)\n");
    }

    [Fact]
    public void Scan_History_ReportsCommitAndAuthor()
    {
        using var repo = TempRepo.Git();
        repo.Write("a.txt", $"id = {Fake.AwsKeyId()}\n");
        var sha = repo.Commit("add");
        File.Delete(Path.Combine(repo.Path, "a.txt"));
        repo.Commit("remove");

        ScanCli.Run(repo.Path).Exit.ShouldBe(0);
        var (exit, output, _) = ScanCli.Run(repo.Path, "--history");
        exit.ShouldBe(1);
        output.ShouldContain($"a.txt:1:6: aws-access-key-id: ");
        output.ShouldContain($"    commit {sha} by Ada Lovelace <ada@example.com> on ");
    }

    [Fact]
    public void Scan_Staged_ScansTheIndex()
    {
        using var repo = TempRepo.Git();
        repo.Write("a.txt", $"id = {Fake.AwsKeyId()}\n");
        repo.Run("git", "add", "a.txt");
        repo.Write("a.txt", "cleaned on disk but still staged\n");
        ScanCli.Run(repo.Path).Exit.ShouldBe(0);
        ScanCli.Run(repo.Path, "--staged").Exit.ShouldBe(1);
    }

    [Theory]
    [InlineData("sarif", "\"version\": \"2.1.0\"")]
    [InlineData("junit", "<testsuites name=\"rampart secrets scan\"")]
    [InlineData("json", "\"ruleId\": \"aws-access-key-id\"")]
    public void Scan_Format_WritesThatFormat(string format, string expected)
    {
        using var folder = TempRepo.Folder();
        folder.Write("a.txt", $"id = {Fake.AwsKeyId()}\n");
        var (exit, output, _) = ScanCli.Run(folder.Path, "--format", format);
        exit.ShouldBe(1);
        output.ShouldContain(expected);
    }

    [Theory]
    [InlineData(new[] { "--staged", "--history" }, "`--staged` and `--history` cannot be combined; scan the index or the history, not both")]
    [InlineData(new[] { "--update-baseline" }, "`--update-baseline` needs `--baseline FILE` to say which file to write")]
    public void Scan_ConflictingOptions_Exits2WithOneLine(string[] options, string message)
    {
        using var folder = TempRepo.Folder();
        var (exit, output, error) = ScanCli.Run([folder.Path, .. options]);
        (exit, output).ShouldBe((2, string.Empty));
        error.ShouldBe($"rampart secrets scan: error: {message}\n");
    }

    [Fact]
    public void Scan_MissingPath_Exits2()
    {
        var (exit, _, error) = ScanCli.Run("/no/such/place");
        exit.ShouldBe(2);
        error.ShouldBe("rampart secrets scan: error: `/no/such/place` does not exist; pass a file, a folder or a repository\n");
    }

    [Fact]
    public void Scan_MissingBaseline_Exits2NamingTheFix()
    {
        using var folder = TempRepo.Folder();
        var (exit, _, error) = ScanCli.Run(folder.Path, "--baseline", "nope.json");
        exit.ShouldBe(2);
        error.ShouldBe("rampart secrets scan: error: baseline `nope.json` does not exist; create it with `--baseline nope.json --update-baseline`\n");
    }

    [Fact]
    public void Scan_BadAllowList_Exits2WithFileAndLine()
    {
        using var folder = TempRepo.Folder();
        var allow = folder.Write("allow.txt", "rule: no-such-rule\n");
        var (exit, _, error) = ScanCli.Run(folder.Path, "--allow-list", allow);
        exit.ShouldBe(2);
        error.ShouldStartWith($"rampart secrets scan: error: `{allow}` line 1: unknown rule `no-such-rule`; valid rules are: ");
    }

    [Fact]
    public void Scan_UnknownFormat_IsAUsageError() =>
        ScanCli.Run(".", "--format", "xml").Exit.ShouldBe(2);

    [Fact]
    public void Scan_NonUtf8File_WarnsAndStillScans()
    {
        using var folder = TempRepo.Folder();
        File.WriteAllBytes(Path.Combine(folder.Path, "legacy.ini"), [.. System.Text.Encoding.Latin1.GetBytes($"caf\u00e9={Fake.AwsKeyId()}\n")]);
        var (exit, _, error) = ScanCli.Run(folder.Path);
        exit.ShouldBe(1);
        error.ShouldBe("rampart secrets scan: warning: `legacy.ini` is not valid UTF-8 (first at line 1); its bytes were scanned as Latin-1\n");
    }

    [Fact]
    public void Scan_ShallowRepositoryHistory_Exits2WithOneLine()
    {
        using var origin = TempRepo.Git();
        origin.Write("a.txt", "a\n");
        origin.Commit("one");
        origin.Write("a.txt", "b\n");
        origin.Commit("two");
        using var clone = TempRepo.Folder();
        clone.Run("git", "clone", "-q", "--depth", "1", "file://" + origin.Path, "c");
        var path = Path.Combine(clone.Path, "c");

        var (exit, _, error) = ScanCli.Run(path, "--history");
        exit.ShouldBe(2);
        error.ShouldBe($"rampart secrets scan: error: `{path}` is a shallow clone, so its history is incomplete; run `git fetch --unshallow` first\n");
    }

    [Fact]
    public void Scan_CorruptRepositoryHistory_Exits2NamingFsck()
    {
        using var repo = TempRepo.Git();
        repo.Write("a.txt", "content that will go missing\n");
        repo.Commit("one");
        var blob = repo.Run("git", "rev-parse", "HEAD:a.txt").Trim();
        File.Delete(Path.Combine(repo.Path, ".git", "objects", blob[..2], blob[2..]));

        var (exit, output, error) = ScanCli.Run(repo.Path, "--history");
        (exit, output).ShouldBe((2, string.Empty));
        error.ShouldStartWith("rampart secrets scan: error: ");
        error.ShouldContain("run `git fsck`");
        error.TrimEnd('\n').ShouldNotContain('\n');
    }

    [Fact]
    public void Scan_ListRules_PrintsTheWholePack()
    {
        var (exit, output, _) = ScanCli.Run("--list-rules");
        exit.ShouldBe(0);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(Rampart.Secrets.Rules.RuleCatalog.All.Count);
    }
}
