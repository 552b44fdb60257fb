using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Rampart.Core.Tests;

public class ArnPropertyTests
{
    private static readonly char[] ResourceAlphabet = "abcXYZ019-_/:.*?+=,@ ".ToCharArray();

    [Property(Arbitrary = [typeof(ArnPropertyTests)], MaxTest = 500)]
    public bool ParseFormat_RoundTrips(Arn arn)
    {
        var parsed = Arn.Parse(arn.ToString());
        return parsed.Succeeded && parsed.Value == arn && parsed.Value.ToString() == arn.ToString();
    }

    [Property(Arbitrary = [typeof(ArnPropertyTests)], MaxTest = 500)]
    public bool Like_ArnWithoutWildcardsMatchesItselfOnly(Arn arn, Arn other)
    {
        var text = arn.ToString();
        var matchesItself = Wildcard.HasWildcard(text) || Arn.Like(text, text);
        var othersDiffer = Wildcard.HasWildcard(text) || arn == other || !Arn.Like(text, other.ToString());
        return matchesItself && othersDiffer;
    }

    [Property(Arbitrary = [typeof(ArnPropertyTests)], MaxTest = 500)]
    public bool Like_StarInEveryComponentMatchesAnyArn(Arn arn) => Arn.Like("arn:*:*:*:*:*", arn.ToString());

    public static Arbitrary<Arn> Arns()
    {
        var token = Gen.Elements("aws", "aws-cn", "aws-us-gov", "aws-iso-b", "iam", "s3", "ec2", "lambda", "a1", "x-y");
        var region = Gen.Elements(string.Empty, "us-east-1", "eu-west-1", "cn-north-1", "us-gov-west-1");
        var account = Gen.OneOf(
            Gen.Constant(string.Empty),
            Gen.Constant("aws"),
            Gen.Choose(0, 999_999).Select(n => n.ToString("D12", System.Globalization.CultureInfo.InvariantCulture)));
        var resource = Gen.Elements(ResourceAlphabet).ArrayOf().Where(a => a.Length > 0).Select(a => new string(a));
        var arn =
            from p in token
            from s in token
            from r in region
            from a in account
            from res in resource
            select new Arn(p, s, r, a, res);
        return arn.ToArbitrary();
    }
}
