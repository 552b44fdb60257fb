using Rampart.Secrets.Reports;
using Rampart.Secrets.Rules;
using Rampart.Secrets.Scanning;

namespace Rampart.Secrets.Tests.Reports;

/// <summary>A fixed report with one working-tree and one history finding (secrets are obviously fake).</summary>
public static class ReportFixture
{
    public static ScanReport Report(bool redact = true) => new(
        [
            new Finding(RuleCatalog.Find("github-pat").Value!, "src/my app/config.yml", 12, 9, "ghp_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE"),
            new Finding(RuleCatalog.Find("aws-access-key-id").Value!, "deploy.sh", 3, 5, "AKIAIOSFODNN7EXAMPLE")
            {
                Commit = "0123456789abcdef0123456789abcdef01234567",
                Author = "Ada Lovelace <ada@example.com>",
                Date = "2024-05-01T10:00:00+00:00",
                Verification = Verification.Invalid,
            },
        ],
        Scanned: 7,
        Allowed: 1,
        Baselined: 2,
        Redact: redact,
        ToolVersion: "0.1.0");

    public static string Render(Action<ScanReport, TextWriter> write, ScanReport report)
    {
        using var text = new StringWriter { NewLine = "\n" };
        write(report, text);
        return text.ToString();
    }
}
