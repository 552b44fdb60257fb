using System.Text.Json;
using Rampart.Secrets.Reports;

namespace Rampart.Secrets.Tests.Reports;

public sealed class JsonReportTests
{
    [Fact]
    public void Write_Findings_GivesFieldsAndSummary()
    {
        using var json = JsonDocument.Parse(ReportFixture.Render(JsonReport.Write, ReportFixture.Report()));
        var findings = json.RootElement.GetProperty("findings");
        findings.GetArrayLength().ShouldBe(2);
        var history = findings[1];
        history.GetProperty("ruleId").GetString().ShouldBe("aws-access-key-id");
        history.GetProperty("secret").GetString().ShouldBe("AKIA*****");
        history.GetProperty("commit").GetString().ShouldBe("0123456789abcdef0123456789abcdef01234567");
        history.GetProperty("author").GetString().ShouldBe("Ada Lovelace <ada@example.com>");
        history.GetProperty("verification").GetString().ShouldBe("invalid");
        findings[0].TryGetProperty("commit", out _).ShouldBeFalse();
        json.RootElement.GetProperty("summary").GetProperty("baselined").GetInt32().ShouldBe(2);
    }
}
