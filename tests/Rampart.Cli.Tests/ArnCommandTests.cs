using Rampart.Testing;

namespace Rampart.Cli.Tests;

public class ArnCommandTests
{
    [Fact]
    public void Arn_Text_ExplainsEveryPart()
    {
        var run = CliRun.Of("arn", "arn:aws-cn:lambda:cn-north-1:000000000001:function:fn:1");

        run.ExitCode.ShouldBe(ExitCode.Ok);
        ApprovedFile.Verify(run.Output, "arn-text");
    }

    [Fact]
    public void Arn_Json_OneLinePerArn_InvalidOneExitsTwo()
    {
        var run = CliRun.Of("arn", "-o", "json", "arn:aws:iam::123456789012:user/a", "nope");

        run.ExitCode.ShouldBe(ExitCode.Usage);
        run.Output.ShouldBe(
            """
            {"arn":"arn:aws:iam::123456789012:user/a","partition":"aws","service":"iam","region":"","account":"123456789012","resource":"user/a","resourceType":"user","resourceId":"a"}
            {"arn":"nope","error":"invalid arn `nope`: an arn starts with `arn:`"}

            """);
    }

    [Fact]
    public void Arn_Help_IsApproved() => ApprovedFile.Verify(CliRun.Of("arn", "--help").Output, "arn-help");
}
