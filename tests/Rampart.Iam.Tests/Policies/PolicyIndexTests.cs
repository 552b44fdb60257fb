using Rampart.Iam.Policies;

namespace Rampart.Iam.Tests.Policies;

public class PolicyIndexTests
{
    private static PolicyDocument Policy(string statements) =>
        PolicyParser.Parse($$"""{"Version":"2012-10-17","Statement":{{statements}}}""", PolicyType.Identity).Value!;

    [Fact]
    public void Candidates_Action_ReturnsStatementsOfItsServiceAndWildcards()
    {
        var s3 = Policy("""[{"Sid":"S3","Effect":"Allow","Action":["s3:Get*","s3:List*"],"Resource":"*"}]""");
        var ec2 = Policy("""[{"Sid":"Ec2","Effect":"Allow","Action":"ec2:*","Resource":"*"}]""");
        var all = Policy("""[{"Sid":"All","Effect":"Deny","Action":"*","Resource":"*"},{"Sid":"NotIam","Effect":"Allow","NotAction":"iam:*","Resource":"*"}]""");
        var index = new PolicyIndex([s3, ec2, all]);

        index.Count.ShouldBe(3);
        index.StatementCount.ShouldBe(4);
        index.Candidates("S3:GetObject").Select(c => c.Statement.Sid).ShouldBe(["S3", "All", "NotIam"]);
        index.Candidates("iam:CreateUser").Select(c => c.Statement.Sid).ShouldBe(["All"]);
    }
}
