using Rampart.Iam.Policies;
using Rampart.Iam.Requests;

namespace Rampart.Iam.Tests.Policies;

public class ArnPatternTests
{
    [Theory]
    [InlineData("arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/a/b.txt", true)]
    [InlineData("arn:aws:s3:::buck?t/*", "arn:aws:s3:::bucket/a", true)]
    [InlineData("arn:aws:iam::111122223333:user/*", "arn:aws:iam::111122223333:user/bob", true)]
    [InlineData("arn:aws:iam::111122223333:use?/bob", "arn:aws:iam::111122223333:user/bob", false)]
    [InlineData("arn:aws:iam::111122223333:u*", "arn:aws:iam::111122223333:user/bob", true)]
    [InlineData("arn:aws:lambda:eu-west-1:111122223333:function?f", "arn:aws:lambda:eu-west-1:111122223333:function:f", true)]
    [InlineData("arn:aws:iam::111122223333:*", "arn:aws:iam::111122223333:user/bob", true)]
    [InlineData("arn:aws:iam::*:user/bob", "arn:aws:iam::111122223333:user/bob", true)]
    [InlineData("arn:aws:iam::111122223333:user/Bob", "arn:aws:iam::111122223333:user/bob", false)]
    [InlineData("arn:aws:kms:*:*:key/*", "arn:aws:kms:us-east-1:111122223333:key/k1", true)]
    [InlineData("arn:aws:ec2:*", "arn:aws:ec2:us-east-1:111122223333:instance/i-1", true)]
    [InlineData("arn:aws:ec2:us-*-1:111122223333:instance/*", "arn:aws:ec2:us-east-1:111122223333:instance/i-1", true)]
    [InlineData("arn:aws:ec2:us-east-1*:instance/*", "arn:aws:ec2:us-east-1:111122223333:instance/i-1", true)]
    [InlineData("arn:aws:ec2:us-e*t-1:instance/*", "arn:aws:ec2:us-east-1:111122223333:instance/i-1", false)]
    [InlineData("arn:aws:dynamodb:eu-*:table/Orders", "arn:aws:dynamodb:eu-west-1:111122223333:table/Orders", true)]
    [InlineData("*", "*", true)]
    [InlineData("arn:aws:s3:::*", "*", false)]
    public void IsResourceMatch_Patterns_FollowIamRules(string pattern, string resource, bool expected) =>
        ArnPattern.IsResourceMatch(pattern, null, RequestResource.Split(resource)).ShouldBe(expected);

    [Fact]
    public void IsConditionMatch_WildcardInResourceType_IsAllowed() =>
        ArnPattern.IsConditionMatch("arn:aws:iam::*:ro?e/*", null, "arn:aws:iam::111122223333:role/dev").ShouldBeTrue();
}
