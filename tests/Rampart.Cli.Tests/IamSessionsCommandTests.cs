using Rampart.Testing;

namespace Rampart.Cli.Tests;

public class IamSessionsCommandTests
{
    [Fact]
    public void Sessions_SwitchRoleFlows_AllAsExpected()
    {
        var path = RepositoryPaths.RepoFile("conformance", "iam", "sessions", "switch-role.json");

        var run = CliRun.Of("iam", "sessions", path);

        run.ExitCode.ShouldBe(ExitCode.Ok);
        run.Output.ShouldContain("ok   user in the admin account assumes the dev role of a member account (3 steps)");
        run.Output.TrimEnd().ShouldEndWith("case(s) as expected");
        run.Output.ShouldNotContain("FAIL");
    }

    [Fact]
    public void Sessions_FlowWithAWrongExpectation_ExitsOneAndShowsTheStep()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rampart-flow-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {"setup": {"users": [{"arn": "arn:aws:iam::111111111111:user/alice", "id": "AIDAALICE00000000001"}], "roles": []},
             "cases": [{"name": "ghost role", "doc": "test", "start": "2026-01-01T00:00:00Z",
                        "steps": [{"as": "alice", "call": "AssumeRole", "request": {"RoleArn": "arn:aws:iam::111111111111:role/ghost", "RoleSessionName": "s"}, "expect": {"arn": "x"}}]}]}
            """);
        try
        {
            var run = CliRun.Of("iam", "sessions", path);

            run.ExitCode.ShouldBe(ExitCode.Found);
            run.Output.ShouldContain("FAIL ghost role (1 steps)");
            run.Output.ShouldContain("step 0: arn: expected `x`, got `(absent)`");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
