using Rampart.Secrets.Reports;

namespace Rampart.Secrets.Tests.Reports;

public sealed class TextReportTests
{
    [Fact]
    public void Write_Findings_MatchesApprovedText() =>
        Rampart.Testing.ApprovedFile.Verify(ReportFixture.Render(TextReport.Write, ReportFixture.Report()), "text-report");

    [Fact]
    public void Write_NoRedact_ShowsWholeSecret() =>
        ReportFixture.Render(TextReport.Write, ReportFixture.Report(redact: false)).ShouldContain("AKIAIOSFODNN7EXAMPLE");

    [Fact]
    public void Write_Redacted_NeverShowsWholeSecret() =>
        ReportFixture.Render(TextReport.Write, ReportFixture.Report()).ShouldNotContain("AKIAIOSFODNN7EXAMPLE");
}
