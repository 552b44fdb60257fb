using Rampart.Iam.Sts.Flows;

namespace Rampart.Iam.Tests.Sts;

public class SessionFlowRunnerTests
{
    private const string Setup = """
        "setup": {
          "users": [{"arn": "arn:aws:iam::111111111111:user/alice", "id": "AIDAALICE00000000001",
                     "policies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]}]}],
          "roles": [{"arn": "arn:aws:iam::111111111111:role/dev", "id": "AROADEV0000000000001",
                     "trust": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "111111111111"}, "Action": "sts:AssumeRole"}]}}]
        }
        """;

    [Fact]
    public void Run_ExpectationThatHolds_Passes()
    {
        var outcomes = SessionFlowRunner.Run(Flow("""{"expiration": "2026-01-01T01:00:00Z", "arn": "arn:aws:sts::111111111111:assumed-role/dev/s1"}"""));

        outcomes.Single().Passed.ShouldBeTrue(outcomes.Single().Mismatch);
    }

    [Fact]
    public void Run_WrongExpectation_FailsAndSaysWhat()
    {
        var outcome = SessionFlowRunner.Run(Flow("""{"expiration": "2026-01-01T02:00:00Z"}""")).Single();

        outcome.Passed.ShouldBeFalse();
        outcome.Mismatch.ShouldBe("expiration: expected `2026-01-01T02:00:00Z`, got `2026-01-01T01:00:00Z`");
    }

    [Fact]
    public void Run_ExpectedErrorThatDoesNotHappen_Fails()
    {
        var outcome = SessionFlowRunner.Run(Flow("""{"error": {"code": "AccessDenied"}}""")).Single();

        outcome.Passed.ShouldBeFalse();
        outcome.Mismatch.ShouldBe("error.code: expected `AccessDenied`, got `(absent)`");
    }

    [Fact]
    public void Run_UnreadableFile_IsOneFailedOutcomeSayingWhy()
    {
        var outcome = SessionFlowRunner.Run("{\"setup\": {}, \"cases\": [").Single();

        outcome.Passed.ShouldBeFalse();
        outcome.Mismatch!.ShouldStartWith("cannot read the flow:");
    }

    private static string Flow(string expect) =>
        "{" + Setup + """, "cases": [{"name": "one", "doc": "test", "start": "2026-01-01T00:00:00Z", "steps": [""" +
        """{"as": "alice", "call": "AssumeRole", "request": {"RoleArn": "arn:aws:iam::111111111111:role/dev", "RoleSessionName": "s1"}, "expect": """ + expect + "}]}]}";
}
