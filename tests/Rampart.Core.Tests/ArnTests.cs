namespace Rampart.Core.Tests;

public class ArnTests
{
    [Theory]
    [InlineData("arn:aws:iam::123456789012:user/division/alice", "aws", "iam", "", "123456789012", "user/division/alice", "user", "division/alice")]
    [InlineData("arn:aws-cn:s3:::my-bucket/key/with:colon", "aws-cn", "s3", "", "", "my-bucket/key/with:colon", "my-bucket", "key/with:colon")]
    [InlineData("arn:aws-us-gov:lambda:us-gov-west-1:000000000001:function:fn:1", "aws-us-gov", "lambda", "us-gov-west-1", "000000000001", "function:fn:1", "function", "fn:1")]
    [InlineData("arn:aws:iam::aws:policy/AdministratorAccess", "aws", "iam", "", "aws", "policy/AdministratorAccess", "policy", "AdministratorAccess")]
    [InlineData("arn:aws:sns:eu-west-1:123456789012:topic", "aws", "sns", "eu-west-1", "123456789012", "topic", null, "topic")]
    public void Parse_ValidArn_SplitsEveryPart(string text, string partition, string service, string region, string account, string resource, string? type, string id)
    {
        var result = Arn.Parse(text);

        result.Succeeded.ShouldBeTrue();
        result.Value.ShouldBe(new Arn(partition, service, region, account, resource));
        result.Value.ResourceType.ShouldBe(type);
        result.Value.ResourceId.ShouldBe(id);
        result.Value.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData(null, "an arn must not be empty")]
    [InlineData("", "an arn must not be empty")]
    [InlineData("urn:aws:iam::123456789012:user/a", "an arn starts with `arn:`")]
    [InlineData("arn:aws:iam::123456789012", "expected 6 colon-separated parts (arn:partition:service:region:account-id:resource), found 5")]
    [InlineData("arn::iam::123456789012:user/a", "partition `` must be lower-case letters, digits and hyphens")]
    [InlineData("arn:AWS:iam::123456789012:user/a", "partition `AWS` must be lower-case letters, digits and hyphens")]
    [InlineData("arn:aws:I AM::123456789012:user/a", "service `I AM` must be lower-case letters, digits and hyphens")]
    [InlineData("arn:aws:ec2:EU-WEST-1:123456789012:instance/i-1", "region `EU-WEST-1` must be lower-case letters, digits and hyphens")]
    [InlineData("arn:aws:iam::12345678901:user/a", "account `12345678901` must be empty, `aws` or 12 digits")]
    [InlineData("arn:aws:iam::123456789012:", "the resource part is empty")]
    public void Parse_InvalidArn_GivesOneLineDiagnostic(string? text, string reason)
    {
        var result = Arn.Parse(text);

        result.Succeeded.ShouldBeFalse();
        var error = result.FirstError.ShouldNotBeNull();
        error.Code.ShouldBe("arn.invalid");
        error.Message.ShouldBe($"invalid arn `{text}`: {reason}");
        error.Message.ShouldNotContain("\n");
    }

    [Theory]
    [InlineData("arn:aws:iam::123456789012:user/*", "arn:aws:iam::123456789012:user/a/b", true)]
    [InlineData("arn:aws:iam::*:role/dev-?", "arn:aws:iam::111122223333:role/dev-1", true)]
    [InlineData("arn:aws:iam::*:role/dev-?", "arn:aws:iam::111122223333:role/dev-10", false)]
    [InlineData("arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/a:b:c", true)]
    [InlineData("arn:*:s3:::bucket", "arn:aws-cn:s3:::bucket", true)]
    [InlineData("arn:aws:iam::123456789012:user/Alice", "arn:aws:iam::123456789012:user/alice", false)]
    [InlineData("arn:aws:*", "arn:aws:iam::123456789012:user/a", false)]
    [InlineData("arn:aws:iam::*", "arn:aws:iam::123456789012:user/a", false)]
    [InlineData("arn:aws:iam:*:user/a", "arn:aws:iam::123456789012:user/a", false)]
    [InlineData("*", "arn:aws:iam::123456789012:user/a", false)]
    [InlineData("arn:aws:iam::123456789012:user/a", "not-an-arn", false)]
    public void Like_ComparesEachOfTheSixComponents(string pattern, string value, bool expected) =>
        Arn.Like(pattern, value).ShouldBe(expected);
}
