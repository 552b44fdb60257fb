using Rampart.Iam.Tests.Cases;

namespace Rampart.Iam.Tests.Authorization;

public class AuthorizerTests
{
    private const string Alice = "arn:aws:iam::111122223333:user/alice";
    private const string Session = "arn:aws:sts::111122223333:assumed-role/dev/carol";
    private const string RoleArn = "arn:aws:iam::111122223333:role/dev";
    private const string Federated = "arn:aws:sts::111122223333:federated-user/fed";
    private const string Bucket = "arn:aws:s3:::data/x.txt";
    private const string AllowGet = """{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}""";
    private const string AllowAll = """{"Effect":"Allow","Action":"*","Resource":"*"}""";
    private const string DenyGet = """{"Effect":"Deny","Action":"s3:GetObject","Resource":"*"}""";

    private static CaseBuilder Get(string principal = Alice, string account = "111122223333") => new(principal, "s3:GetObject", Bucket, account);

    [Fact]
    public void Decide_NothingAllows_ImplicitDeny() => Get().Decide().ShouldBe("ImplicitDeny");

    [Fact]
    public void Decide_IdentityAllows_Allow() => Get().Identity(AllowGet).Decide().ShouldBe("Allow");

    [Fact]
    public void Decide_DenyInAnyPolicy_ExplicitDeny()
    {
        Get().Identity(AllowGet).Identity(DenyGet).Decide().ShouldBe("ExplicitDeny");
        Get().Identity(AllowGet).ScpLevel($"[{AllowAll},{DenyGet}]").Decide().ShouldBe("ExplicitDeny");
        Get(Session).Identity(AllowGet).Session($"[{AllowGet},{DenyGet}]").Decide().ShouldBe("ExplicitDeny");
        Get().Identity(AllowGet).RcpLevel("""{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*"}""").Decide().ShouldBe("ExplicitDeny");
    }

    [Fact]
    public void Decide_ScpLevelWithoutAllow_ImplicitDeny() =>
        Get().Identity(AllowGet).ScpLevel(AllowAll).ScpLevel("""{"Effect":"Allow","Action":"ec2:*","Resource":"*"}""").Decide().ShouldBe("ImplicitDeny");

    [Fact]
    public void Decide_EmptyRcpLevel_HasImpliedFullAccess() =>
        Get().Identity(AllowGet).RcpLevel().RcpLevel().Decide().ShouldBe("Allow");

    [Fact]
    public void Decide_BoundaryWithoutAllow_ImplicitDeny() =>
        Get().Identity(AllowGet).Boundary("""{"Effect":"Allow","Action":"ec2:*","Resource":"*"}""").Decide().ShouldBe("ImplicitDeny");

    [Fact]
    public void Decide_SameAccountResourcePolicyNamingUser_AllowsWithoutIdentityPolicyAndDespiteBoundary() =>
        Get().Boundary("""{"Effect":"Allow","Action":"ec2:*","Resource":"*"}""")
            .Resource($$"""{"Effect":"Allow","Principal":{"AWS":"{{Alice}}"},"Action":"s3:GetObject","Resource":"*"}""")
            .Decide().ShouldBe("Allow");

    [Fact]
    public void Decide_SameAccountResourcePolicyNamingRole_IsLimitedBySessionPolicy()
    {
        var grant = $$"""{"Effect":"Allow","Principal":{"AWS":"{{RoleArn}}"},"Action":"s3:GetObject","Resource":"*"}""";
        Get(Session).Resource(grant).Decide().ShouldBe("Allow");
        Get(Session).Resource(grant).Session("""{"Effect":"Allow","Action":"ec2:*","Resource":"*"}""").Decide().ShouldBe("ImplicitDeny");
    }

    [Fact]
    public void Decide_SameAccountResourcePolicyNamingSession_IgnoresSessionPolicy() =>
        Get(Session).Resource($$"""{"Effect":"Allow","Principal":{"AWS":"{{Session}}"},"Action":"s3:GetObject","Resource":"*"}""")
            .Session("""{"Effect":"Allow","Action":"ec2:*","Resource":"*"}""").Decide().ShouldBe("Allow");

    [Fact]
    public void Decide_SameAccountResourcePolicyNamingAccount_NeedsIdentityPolicy()
    {
        var grant = """{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"s3:GetObject","Resource":"*"}""";
        Get().Resource(grant).Decide().ShouldBe("ImplicitDeny");
        Get().Resource(grant).Identity(AllowGet).Decide().ShouldBe("Allow");
    }

    [Fact]
    public void Decide_CrossAccount_NeedsBothSides()
    {
        var grant = $$"""{"Effect":"Allow","Principal":{"AWS":"{{Alice}}"},"Action":"s3:GetObject","Resource":"*"}""";
        Get(account: "444455556666").Identity(AllowGet).Decide().ShouldBe("ImplicitDeny");
        Get(account: "444455556666").Resource(grant).Decide().ShouldBe("ImplicitDeny");
        Get(account: "444455556666").Resource(grant).Identity(AllowGet).Decide().ShouldBe("Allow");
        Get(account: "444455556666").Resource("""{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"s3:*","Resource":"*"}""").Identity(AllowGet).Decide().ShouldBe("Allow");
    }

    [Fact]
    public void Decide_ResourcePolicyDenyForOtherPrincipal_DoesNotApply() =>
        Get().Identity(AllowGet).Resource("""{"Effect":"Deny","Principal":{"AWS":"arn:aws:iam::111122223333:user/bob"},"Action":"s3:*","Resource":"*"}""").Decide().ShouldBe("Allow");

    [Fact]
    public void Decide_NotPrincipalDeny_ExemptsOnlyWhenEveryLinkIsListed()
    {
        var exemptBoth = """{"Effect":"Deny","NotPrincipal":{"AWS":["arn:aws:iam::111122223333:user/alice","arn:aws:iam::111122223333:root"]},"Action":"s3:*","Resource":"*"}""";
        var exemptAccountOnly = """{"Effect":"Deny","NotPrincipal":{"AWS":["arn:aws:iam::111122223333:root"]},"Action":"s3:*","Resource":"*"}""";
        Get().Identity(AllowGet).Resource(exemptBoth).Decide().ShouldBe("Allow");
        Get().Identity(AllowGet).Resource(exemptAccountOnly).Decide().ShouldBe("ExplicitDeny");
        Get("arn:aws:iam::111122223333:user/bob").Identity(AllowGet).Resource(exemptBoth).Decide().ShouldBe("ExplicitDeny");
    }

    [Fact]
    public void Decide_NotPrincipalDenyWithBoundary_AlwaysDenies() =>
        Get().Identity(AllowGet).Boundary(AllowGet)
            .Resource("""{"Effect":"Deny","NotPrincipal":{"AWS":["arn:aws:iam::111122223333:user/alice","arn:aws:iam::111122223333:root"]},"Action":"s3:*","Resource":"*"}""")
            .Decide().ShouldBe("ExplicitDeny");

    [Fact]
    public void Decide_KmsKeyWithoutKeyPolicyGrant_ImplicitDeny()
    {
        var key = "arn:aws:kms:us-east-1:111122223333:key/k1";
        new CaseBuilder(Alice, "kms:Decrypt", key).Identity(AllowAll).Decide().ShouldBe("ImplicitDeny");
        new CaseBuilder(Alice, "kms:Decrypt", key).Identity(AllowAll)
            .Resource("""{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}""").Decide().ShouldBe("Allow");
    }

    [Fact]
    public void Decide_AssumeRole_NeedsTrustPolicy()
    {
        var role = "arn:aws:iam::111122223333:role/ops";
        new CaseBuilder(Alice, "sts:AssumeRole", role).Identity(AllowAll).Decide().ShouldBe("ImplicitDeny");
        new CaseBuilder(Alice, "sts:AssumeRole", role)
            .Resource($$"""{"Effect":"Allow","Principal":{"AWS":"{{Alice}}"},"Action":"sts:AssumeRole"}""").Decide().ShouldBe("Allow");
    }

    [Fact]
    public void Decide_GetCallerIdentity_AlwaysAllowed() =>
        new CaseBuilder(Alice, "sts:GetCallerIdentity", "*").Identity("""{"Effect":"Deny","Action":"*","Resource":"*"}""").Decide().ShouldBe("Allow");

    [Fact]
    public void Decide_StarResource_OnlyStarStatementsApply()
    {
        new CaseBuilder(Alice, "s3:ListAllMyBuckets", "*").Identity("""{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::*"}""").Decide().ShouldBe("ImplicitDeny");
        new CaseBuilder(Alice, "s3:ListAllMyBuckets", "*").Identity("""{"Effect":"Allow","Action":"s3:*","Resource":"*"}""").Decide().ShouldBe("Allow");
        new CaseBuilder(Alice, "s3:ListAllMyBuckets", "*").Identity("""{"Effect":"Allow","Action":"s3:*","NotResource":"arn:aws:s3:::x"}""").Decide().ShouldBe("Allow");
    }

    [Fact]
    public void Decide_ActionMatching_IgnoresCase() =>
        Get().Identity("""{"Effect":"Allow","Action":"S3:getobj*","Resource":"*"}""").Decide().ShouldBe("Allow");

    [Fact]
    public void Decide_PolicyVariableInResource_UsesContext()
    {
        var statement = """{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::data/${aws:username}/*"}""";
        new CaseBuilder(Alice, "s3:GetObject", "arn:aws:s3:::data/alice/a").Context("aws:username", "alice").Identity(statement).Decide().ShouldBe("Allow");
        new CaseBuilder(Alice, "s3:GetObject", "arn:aws:s3:::data/bob/a").Context("aws:username", "alice").Identity(statement).Decide().ShouldBe("ImplicitDeny");
        new CaseBuilder(Alice, "s3:GetObject", "arn:aws:s3:::data/alice/a").Identity(statement).Decide().ShouldBe("ImplicitDeny");
    }

    [Fact]
    public void Explain_ExplicitDeny_NamesTheDenyStatementAndConditions()
    {
        var result = Get().Identity(AllowGet)
            .ScpLevel("[" + AllowAll + "," + """{"Sid":"Region","Effect":"Deny","Action":"*","Resource":"*","Condition":{"StringNotEquals":{"aws:RequestedRegion":"us-east-1"}}}]""")
            .Context("aws:RequestedRegion", "eu-west-1").Explain();

        result.Answer.Decision.ShouldBe("ExplicitDeny");
        var deciding = result.Result!.Statements.ShouldHaveSingleItem();
        deciding.Ref.PolicyPath.ShouldBe("scps[0][0]");
        deciding.Ref.Statement.Sid.ShouldBe("Region");
        deciding.Ref.Statement.Location.Pointer.ShouldBe("/scps/0/0/Statement/1");
        var condition = deciding.Conditions.ShouldHaveSingleItem();
        condition.Result.ShouldBeTrue();
        condition.Reason.ShouldContain("eu-west-1");
    }
}
