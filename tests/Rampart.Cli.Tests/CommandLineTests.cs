using Rampart.Testing;

namespace Rampart.Cli.Tests;

public class CommandLineTests
{
    [Fact]
    public void Help_Root_ListsVerbs()
    {
        var run = CliRun.Of("--help");

        run.ExitCode.ShouldBe(ExitCode.Ok);
        ApprovedFile.Verify(run.Output, "root-help");
    }

    [Fact]
    public void Version_PrintsTheProductVersion()
    {
        var run = CliRun.Of("--version");

        run.ExitCode.ShouldBe(ExitCode.Ok);
        run.Output.Trim().ShouldStartWith("0.1.0");
    }

    [Fact]
    public void UnknownVerb_IsAUsageError()
    {
        var run = CliRun.Of("frobnicate");

        run.ExitCode.ShouldBe(ExitCode.Usage);
        run.Error.ShouldContain("rampart: Unrecognized command or argument 'frobnicate'.");
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public void BadOutputFormat_IsAUsageError() =>
        CliRun.Of("arn", "--output", "yaml", "arn:aws:s3:::b").ExitCode.ShouldBe(ExitCode.Usage);
}
