using Rampart.Iam.Organizations;
using Rampart.Iam.Policies;

namespace Rampart.Iam.Tests.Organizations;

public class PolicyApplicabilityTests
{
    private const string Management = "999999999999";
    private const string Member = "111122223333";

    private static readonly PolicyDocument RootScp = Policy(PolicyType.ServiceControl, """{"Effect":"Allow","Action":"*","Resource":"*"}""");
    private static readonly PolicyDocument OuScp = Policy(PolicyType.ServiceControl, """{"Effect":"Deny","Action":"ec2:*","Resource":"*"}""");
    private static readonly PolicyDocument OuRcp = Policy(PolicyType.ResourceControl, """{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*"}""");

    private static readonly Organization Org = new(Management,
    [
        new OrganizationNode("r-ab12", null, [RootScp], []),
        new OrganizationNode("ou-ab12-11111111", "r-ab12", [RootScp, OuScp], [OuRcp]),
        new OrganizationNode(Member, "ou-ab12-11111111", [RootScp], []),
        new OrganizationNode(Management, "r-ab12", [RootScp], []),
    ]);

    [Fact]
    public void ServiceControlPolicies_MemberAccount_OneLevelPerNodeFromRoot()
    {
        var levels = PolicyApplicability.ServiceControlPolicies(Org, new ApplicableCaller(Member, Member, "ec2", false));

        levels.Count.ShouldBe(3);
        levels[1].ShouldBe([RootScp, OuScp]);
    }

    [Fact]
    public void ServiceControlPolicies_ManagementAccount_None() =>
        PolicyApplicability.ServiceControlPolicies(Org, new ApplicableCaller(Management, Management, "ec2", false)).ShouldBeEmpty();

    [Fact]
    public void ServiceControlPolicies_ServiceLinkedRole_None() =>
        PolicyApplicability.ServiceControlPolicies(Org, new ApplicableCaller(Member, Member, "ec2", true)).ShouldBeEmpty();

    [Fact]
    public void ServiceControlPolicies_AccountOutsideOrganization_None() =>
        PolicyApplicability.ServiceControlPolicies(Org, new ApplicableCaller("444455556666", Member, "ec2", false)).ShouldBeEmpty();

    [Fact]
    public void ResourceControlPolicies_SupportedService_LevelsOfTheResourceAccount()
    {
        var levels = PolicyApplicability.ResourceControlPolicies(Org, new ApplicableCaller("444455556666", Member, "s3", false));

        levels.Count.ShouldBe(3);
        levels[1].ShouldBe([OuRcp]);
    }

    [Theory]
    [InlineData("ec2")]
    [InlineData("iam")]
    [InlineData("lambda")]
    public void ResourceControlPolicies_UnsupportedService_None(string service) =>
        PolicyApplicability.ResourceControlPolicies(Org, new ApplicableCaller(Member, Member, service, false)).ShouldBeEmpty();

    [Fact]
    public void ResourceControlPolicies_ManagementAccountResource_None() =>
        PolicyApplicability.ResourceControlPolicies(Org, new ApplicableCaller(Member, Management, "s3", false)).ShouldBeEmpty();

    [Fact]
    public void IsServiceLinkedRoleArn_ServiceRolePath_True()
    {
        ApplicableCaller.IsServiceLinkedRoleArn("arn:aws:iam::111122223333:role/aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticLoadBalancing").ShouldBeTrue();
        ApplicableCaller.IsServiceLinkedRoleArn("arn:aws:iam::111122223333:role/dev").ShouldBeFalse();
    }

    [Fact]
    public void Apply_KeepsOtherPoliciesAndFillsLevels()
    {
        var identity = Policy(PolicyType.Identity, """{"Effect":"Allow","Action":"*","Resource":"*"}""");
        var applied = PolicyApplicability.Apply(new Rampart.Iam.Authorization.PolicySet { IdentityPolicies = [identity] }, Org, new ApplicableCaller(Member, Member, "s3", false));

        applied.IdentityPolicies.ShouldBe([identity]);
        applied.ServiceControlPolicies.Count.ShouldBe(3);
        applied.ResourceControlPolicies.Count.ShouldBe(3);
    }

    private static PolicyDocument Policy(PolicyType type, string statement) =>
        PolicyParser.Parse($$"""{"Version":"2012-10-17","Statement":[{{statement}}]}""", type).Value!;
}
