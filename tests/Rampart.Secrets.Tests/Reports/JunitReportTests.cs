using System.Xml.Linq;
using Rampart.Secrets.Reports;

namespace Rampart.Secrets.Tests.Reports;

public sealed class JunitReportTests
{
    [Fact]
    public void Write_Findings_GivesOneFailingCasePerFinding()
    {
        var text = ReportFixture.Render(JunitReport.Write, ReportFixture.Report());
        text.ShouldStartWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites");
        var suite = XDocument.Parse(text).Root!.Element("testsuite")!;
        suite.Attribute("tests")!.Value.ShouldBe("2");
        suite.Attribute("failures")!.Value.ShouldBe("2");
        var cases = suite.Elements("testcase").ToList();
        cases[0].Attribute("classname")!.Value.ShouldBe("src/my app/config.yml");
        cases[0].Attribute("name")!.Value.ShouldBe("github-pat at 12:9");
        cases[1].Element("failure")!.Value.ShouldContain("commit 0123456789abcdef0123456789abcdef01234567 by Ada Lovelace <ada@example.com>");
    }

    [Fact]
    public void Write_NoFindings_GivesOnePassingCase()
    {
        var empty = ReportFixture.Report() with { Findings = [] };
        var suite = XDocument.Parse(ReportFixture.Render(JunitReport.Write, empty)).Root!.Element("testsuite")!;
        suite.Attribute("failures")!.Value.ShouldBe("0");
        suite.Elements("testcase").ShouldHaveSingleItem().Element("failure").ShouldBeNull();
    }
}
