using System.Text.Json;
using Rampart.Secrets.Reports;

namespace Rampart.Secrets.Tests.Reports;

/// <summary>
/// Checks the SARIF report against what the 2.1.0 schema requires (no validator package is
/// available here, so the required properties and types are checked one by one).
/// </summary>
public sealed class SarifReportTests
{
    [Fact]
    public void Write_Findings_HasEveryPropertyTheSchemaRequires()
    {
        using var sarif = JsonDocument.Parse(ReportFixture.Render(SarifReport.Write, ReportFixture.Report()));
        var root = sarif.RootElement;
        root.GetProperty("version").GetString().ShouldBe("2.1.0");
        root.GetProperty("$schema").GetString().ShouldBe("https://json.schemastore.org/sarif-2.1.0.json");
        var run = root.GetProperty("runs").EnumerateArray().ShouldHaveSingleItem();
        run.GetProperty("columnKind").GetString().ShouldBe("utf16CodeUnits");
        var driver = run.GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().ShouldBe("rampart");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("id").GetString()).ShouldBe(["github-pat", "aws-access-key-id"]);
        rules.ShouldAllBe(r => r.GetProperty("shortDescription").GetProperty("text").GetString()!.Length > 0);

        var results = run.GetProperty("results").EnumerateArray().ToList();
        results.Count.ShouldBe(2);
        foreach (var result in results)
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString().ShouldBe(ruleId);
            result.GetProperty("level").GetString().ShouldBeOneOf("none", "note", "warning", "error");
            result.GetProperty("message").GetProperty("text").GetString()!.ShouldNotBeEmpty();
            var location = result.GetProperty("locations").EnumerateArray().ShouldHaveSingleItem().GetProperty("physicalLocation");
            location.GetProperty("artifactLocation").GetProperty("uri").ValueKind.ShouldBe(JsonValueKind.String);
            var region = location.GetProperty("region");
            region.GetProperty("startLine").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
            region.GetProperty("startColumn").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
            region.GetProperty("endColumn").GetInt32().ShouldBeGreaterThan(region.GetProperty("startColumn").GetInt32());
            result.GetProperty("partialFingerprints").GetProperty("rampart/v1").GetString()!.Length.ShouldBe(32);
        }

        results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("src/my%20app/config.yml");
        results[1].GetProperty("properties").GetProperty("commit").GetString().ShouldBe("0123456789abcdef0123456789abcdef01234567");
    }

    [Fact]
    public void Write_NoFindings_IsStillAValidRun()
    {
        var empty = ReportFixture.Report() with { Findings = [] };
        using var sarif = JsonDocument.Parse(ReportFixture.Render(SarifReport.Write, empty));
        var run = sarif.RootElement.GetProperty("runs")[0];
        run.GetProperty("results").GetArrayLength().ShouldBe(0);
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void Write_Redacted_NeverShowsWholeSecret() =>
        ReportFixture.Render(SarifReport.Write, ReportFixture.Report()).ShouldNotContain("AKIAIOSFODNN7EXAMPLE");
}
