using System.Text;
using Rampart.Iam.Lint;
using Rampart.Iam.Policies;

namespace Rampart.Iam.Tests.Lint;

public class LintChecksTests
{
    public static TheoryData<string> CheckIds() => new(LintChecks.All.Select(c => c.Id));

    [Fact]
    public void Registry_HasAtLeastFortyChecksWithUniqueKebabCaseIds()
    {
        LintChecks.All.Count.ShouldBeGreaterThanOrEqualTo(40);
        LintChecks.All.Select(c => c.Id).ShouldBeUnique();
        LintChecks.All.ShouldAllBe(c => c.Id.All(ch => char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '-'));
        LintChecks.All.ShouldAllBe(c => c.DocsUrl.StartsWith("https://docs.aws.amazon.com/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CheckIds))]
    public void Example_BadPolicy_IsReportedByItsCheck(string id)
    {
        var check = LintChecks.Find(id)!;

        var report = Lint(check.Example.Bad, check.Example.Type);

        var mine = report.Findings.Where(f => f.CheckId == id).ToList();
        mine.ShouldNotBeEmpty($"`{id}` should report its own bad example");
        mine.ShouldAllBe(f => f.Severity == check.Severity || id == "syntax");
        mine.ShouldAllBe(f => !f.Message.Contains('\n') && !f.Location.IsNone);
    }

    [Theory]
    [MemberData(nameof(CheckIds))]
    public void Example_GoodPolicy_IsValidAndNotReportedByItsCheck(string id)
    {
        var check = LintChecks.Find(id)!;

        var report = Lint(check.Example.Good, check.Example.Type);

        report.Valid.ShouldBeTrue(string.Join("; ", report.Findings));
        report.Findings.Where(f => f.CheckId == id).ShouldBeEmpty();
    }

    [Fact]
    public void Find_UnknownId_IsNullAndValidIdsListsThemAll()
    {
        LintChecks.Find("no-such-check").ShouldBeNull();
        LintChecks.ValidIds.Split(", ").Length.ShouldBe(LintChecks.All.Count);
    }

    private static LintReport Lint(string json, PolicyType type) => PolicyLinter.Lint(Encoding.UTF8.GetBytes(json), type);
}
