using System.Text.Json;
using Rampart.Testing;

namespace Rampart.Cli.Tests;

public sealed class IamLintCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rampart-lint-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Lint_CleanPolicy_ExitsZero()
    {
        var path = Write("clean.json", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}""");

        var run = CliRun.Of("iam", "lint", path);

        run.ExitCode.ShouldBe(ExitCode.Ok);
        run.Output.ShouldBe("1 file(s) checked, no findings\n");
    }

    [Fact]
    public void Lint_AdminPolicy_ExitsOneWithOneLinePerFinding()
    {
        var path = Write("admin.json", "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}");

        var run = CliRun.Of("iam", "lint", path);

        run.ExitCode.ShouldBe(ExitCode.Found);
        run.Output.ShouldBe(
            $"{path}:1:1: warning missing-version: the policy has no `Version`: IAM reads it as `2008-10-17`; add `\"Version\": \"2012-10-17\"`\n"
            + $"{path}:1:15: security-warning full-admin: statement #0 allows every action on every resource\n"
            + "1 file(s) checked, 2 finding(s)\n");
    }

    [Fact]
    public void Lint_FailOnSuggestion_TurnsASuggestionIntoExitOne()
    {
        var path = Write("case.json", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:getobject","Resource":"arn:aws:s3:::reports/*"}]}""");

        CliRun.Of("iam", "lint", path).ExitCode.ShouldBe(ExitCode.Ok);
        CliRun.Of("iam", "lint", "--fail-on", "suggestion", path).ExitCode.ShouldBe(ExitCode.Found);
    }

    [Fact]
    public void Lint_Sarif_HasTheRequiredStructure()
    {
        var path = Write("admin.json", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""");

        var run = CliRun.Of("iam", "lint", "--format", "sarif", "--type", "identity", path);

        using var sarif = JsonDocument.Parse(run.Output);
        var root = sarif.RootElement;
        root.GetProperty("version").GetString().ShouldBe("2.1.0");
        root.GetProperty("$schema").GetString().ShouldBe("https://json.schemastore.org/sarif-2.1.0.json");
        var tool = root.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        tool.GetProperty("name").GetString().ShouldBe("rampart");
        tool.GetProperty("rules").GetArrayLength().ShouldBeGreaterThanOrEqualTo(40);
        var result = root.GetProperty("runs")[0].GetProperty("results")[0];
        result.GetProperty("ruleId").GetString().ShouldBe("full-admin");
        result.GetProperty("level").GetString().ShouldBe("warning");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString()!.ShouldEndWith("admin.json");
        location.GetProperty("region").GetProperty("startLine").GetInt32().ShouldBe(1);
    }

    [Fact]
    public void Lint_Json_ListsFilesAndFindings()
    {
        var path = Write("trust.json", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"}]}""");

        var run = CliRun.Of("iam", "lint", "-o", "json", "--type", "trust", path);

        using var json = JsonDocument.Parse(run.Output);
        var file = json.RootElement.GetProperty("files")[0];
        file.GetProperty("valid").GetBoolean().ShouldBeTrue();
        file.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("check").GetString()).ShouldContain("public-principal");
        run.ExitCode.ShouldBe(ExitCode.Found);
    }

    [Fact]
    public void Lint_MissingFile_IsAUsageErrorNamingIt()
    {
        var run = CliRun.Of("iam", "lint", Path.Combine(_folder, "nope.json"));

        run.ExitCode.ShouldBe(ExitCode.Usage);
        run.Error.ShouldStartWith($"rampart: cannot read `{Path.Combine(_folder, "nope.json")}`:");
    }

    [Fact]
    public void Lint_UnknownDisabledCheck_ListsValidIds()
    {
        var run = CliRun.Of("iam", "lint", "--disable", "full-admin,nope", Write("p.json", "{}"));

        run.ExitCode.ShouldBe(ExitCode.Usage);
        run.Error.ShouldStartWith("rampart: unknown check `nope`; valid checks: syntax, missing-version,");
    }

    [Fact]
    public void Lint_ListChecks_IsApproved() => ApprovedFile.Verify(CliRun.Of("iam", "lint", "--list-checks").Output, "iam-lint-checks");

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
