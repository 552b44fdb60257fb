using System.Text;
using Rampart.Iam.Cases;

namespace Rampart.Iam.Tests.Cases;

public class EvalCaseTests
{
    // The three examples of shared/specs/iam-eval-format.md.
    private const string Example1 = """
        {"id":"ex-1","request":{"principal":"arn:aws:iam::111122223333:user/alice","action":"s3:GetObject","resource":"arn:aws:s3:::acme-data/home/alice/notes.txt","resourceAccount":"111122223333","context":{"aws:PrincipalArn":"arn:aws:iam::111122223333:user/alice","aws:PrincipalAccount":"111122223333","aws:username":"alice","aws:SecureTransport":"true","aws:SourceIp":"203.0.113.10"}},"identityPolicies":[{"Version":"2012-10-17","Statement":[{"Sid":"OwnHome","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::acme-data/home/${aws:username}/*"}]}],"expected":{"decision":"Allow"}}
        """;

    private const string Example2 = """
        {"id":"ex-2","request":{"principal":"arn:aws:sts::111122223333:assumed-role/data-reader/carol","action":"s3:GetObject","resource":"arn:aws:s3:::shared-reports/2024/q1.csv","resourceAccount":"444455556666","context":{"aws:PrincipalArn":"arn:aws:iam::111122223333:role/data-reader","aws:PrincipalAccount":"111122223333","aws:PrincipalOrgID":"o-a1b2c3d4e5","aws:SecureTransport":"true","aws:PrincipalTag/team":"blue"}},"identityPolicies":[{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"arn:aws:s3:::shared-reports/*"}]}],"resourcePolicy":{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/data-reader"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::shared-reports/*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"}}},{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::shared-reports","arn:aws:s3:::shared-reports/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]},"scps":[[{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}],[{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}]],"rcps":[[],[{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"StringNotEqualsIfExists":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"}}}]}]],"expected":{"decision":"Allow"}}
        """;

    private const string Example3 = """
        {"id":"ex-3","request":{"principal":"arn:aws:sts::111122223333:assumed-role/admin/bob","action":"ec2:TerminateInstances","resource":"arn:aws:ec2:eu-west-1:111122223333:instance/i-0abc1234def567890","context":{"aws:PrincipalArn":"arn:aws:iam::111122223333:role/admin","aws:PrincipalAccount":"111122223333","aws:RequestedRegion":"eu-west-1","aws:ResourceTag/team":"red","aws:PrincipalTag/team":"blue"}},"identityPolicies":[{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:*","Resource":"*","Condition":{"StringEquals":{"aws:ResourceTag/team":"${aws:PrincipalTag/team}"}}}]}],"scps":[[{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},{"Effect":"Deny","NotAction":["iam:*","sts:*"],"Resource":"*","Condition":{"StringNotEquals":{"aws:RequestedRegion":["us-east-1","us-west-2"]}}}]}]],"expected":{"decision":"ExplicitDeny"}}
        """;

    [Theory]
    [InlineData(Example1, "ex-1", "Allow")]
    [InlineData(Example2, "ex-2", "Allow")]
    [InlineData(Example3, "ex-3", "ExplicitDeny")]
    public void Evaluate_SpecExample_AnswersItsDecision(string line, string id, string decision) =>
        EvalCase.Evaluate(Encoding.UTF8.GetBytes(line)).ShouldBe(new EvalCaseAnswer(id, decision, null));

    [Fact]
    public void Evaluate_Example3InUsEast1_ImplicitDenyFromAbac()
    {
        var line = Example3.Replace("\"aws:RequestedRegion\":\"eu-west-1\"", "\"aws:RequestedRegion\":\"us-east-1\"", StringComparison.Ordinal);

        EvalCase.Evaluate(Encoding.UTF8.GetBytes(line)).Decision.ShouldBe("ImplicitDeny");
    }

    [Theory]
    [InlineData("not json", null, "invalid json")]
    [InlineData("[1,2]", null, "a case is a JSON object")]
    [InlineData("""{"id":"a"}""", "a", "missing `request`")]
    [InlineData("""{"id":"b","request":{"principal":"arn:aws:iam::111122223333:user/x","action":"s3:GetObject","resource":"*"}}""", "b", "missing `identityPolicies`")]
    [InlineData("""{"id":"c","request":{"principal":"arn:aws:iam::111122223333:group/x","action":"s3:GetObject","resource":"*"},"identityPolicies":[]}""", "c", "/request/principal")]
    [InlineData("""{"id":"d","request":{"principal":"arn:aws:iam::111122223333:user/x","action":"GetObject","resource":"*"},"identityPolicies":[]}""", "d", "/request/action")]
    [InlineData("""{"id":"e","request":{"principal":"arn:aws:iam::111122223333:user/x","action":"s3:GetObject","resource":"*","context":{"aws:a":"1","AWS:A":"2"}},"identityPolicies":[]}""", "e", "appears twice")]
    [InlineData("""{"id":"f","request":{"principal":"arn:aws:iam::111122223333:user/x","action":"s3:GetObject","resource":"*"},"identityPolicies":[],"sessionPolicy":{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}}""", "f", "sessionPolicy")]
    [InlineData("""{"id":"g","request":{"principal":"arn:aws:iam::111122223333:user/x","action":"s3:GetObject","resource":"*"},"identityPolicies":[{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"StringLikeX":{"aws:a":"b"}}}}]}""", "g", "Invalid Condition type : StringLikeX")]
    [InlineData("""{"id":"h","request":{"principal":"arn:aws:iam::111122223333:user/x","action":"s3:GetObject","resource":"arn:aws:s3:::b/k","resourceAccount":"12"},"identityPolicies":[]}""", "h", "resourceAccount")]
    public void Evaluate_InvalidCase_AnswersAnError(string line, string? id, string message)
    {
        var answer = EvalCase.Evaluate(Encoding.UTF8.GetBytes(line));

        answer.Id.ShouldBe(id);
        answer.Decision.ShouldBeNull();
        answer.Error!.ShouldContain(message);
    }

    [Fact]
    public void Evaluate_PolicyError_PointsIntoTheLine()
    {
        var line = """{"id":"p","request":{"principal":"arn:aws:iam::111122223333:user/x","action":"s3:GetObject","resource":"*"},"identityPolicies":[{"Version":"2012-10-17","Statement":{"Effect":"Allow","Resource":"*"}}]}""";

        var answer = EvalCase.Evaluate(Encoding.UTF8.GetBytes(line));

        answer.Error.ShouldStartWith("1:");
        answer.Error.ShouldContain("(/identityPolicies/0/Statement): Policy statement must contain actions.");
    }

    [Fact]
    public void Evaluate_InvalidUtf8_AnswersAnErrorWithItsColumn()
    {
        byte[] line = [.. """{"id":"u","request":{"principal":"arn:aws:iam::111122223333:user/x","action":"s3:Get"""u8, 0xC3, .. """Object","resource":"*"},"identityPolicies":[]}"""u8];

        var answer = EvalCase.Evaluate(line);

        answer.Decision.ShouldBeNull();
        answer.Error.ShouldBe("invalid json at column 85: the text is not valid UTF-8");
    }

    [Fact]
    public void Evaluate_IdAfterError_StillEchoesTheId()
    {
        var line = """{"request":{"principal":"arn:aws:iam::111122223333:user/x","action":"s3:GetObject","resource":"*"},"identityPolicies":[{"Statement":[]}],"id":"late"}""";

        EvalCase.Evaluate(Encoding.UTF8.GetBytes(line)).Id.ShouldBe("late");
    }
}
