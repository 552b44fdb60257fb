using Rampart.Cli.SecretsScan;
using Rampart.Git.History;

namespace Rampart.Secrets.Tests.SecretsScan;

public sealed class ProgressBarTests
{
    [Fact]
    public void Report_FirstAndLast_DrawsBarAndDisposeClearsIt()
    {
        using var error = new StringWriter();
        using (var bar = new ProgressBar(error))
        {
            bar.Report(new HistoryProgress(1, 4, 3));
            bar.Report(new HistoryProgress(2, 4, 5));
            bar.Report(new HistoryProgress(4, 4, 9));
        }

        var text = error.ToString();
        text.ShouldStartWith("\r[#######.......................] 1/4 commits, 3 blobs");
        text.ShouldContain("\r[##############################] 4/4 commits, 9 blobs");
        text.ShouldEndWith("\r\u001b[2K");
    }

    [Fact]
    public void Dispose_NeverDrawn_WritesNothing()
    {
        using var error = new StringWriter();
        new ProgressBar(error).Dispose();
        error.ToString().ShouldBeEmpty();
    }
}
