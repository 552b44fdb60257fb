using System.Globalization;
using System.Text;

namespace Rampart.Iam.Bench;

/// <summary>
/// Seeded synthetic identity policies shaped like real ones (several statements, wildcards,
/// variables, conditions of every family), for the load-and-index benchmark.
/// </summary>
public static class PolicyGenerator
{
    private static readonly string[] Services = ["s3", "ec2", "kms", "dynamodb", "iam", "sts", "lambda", "sqs", "logs", "cloudtrail"];
    private static readonly string[] Verbs = ["Get", "Put", "List", "Describe", "Delete", "Create", "Update", "Tag"];

    /// <summary><paramref name="count"/> policy documents as UTF-8 JSON.</summary>
    public static byte[][] Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        var result = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            result[i] = Encoding.UTF8.GetBytes(One(random, i));
        }

        return result;
    }

    private static string One(Random random, int n)
    {
        var text = new StringBuilder("{\"Version\":\"2012-10-17\",\"Statement\":[");
        var statements = random.Next(2, 9);
        for (var s = 0; s < statements; s++)
        {
            var service = Services[random.Next(Services.Length)];
            text.Append(s > 0 ? "," : string.Empty)
                .Append(CultureInfo.InvariantCulture, $"{{\"Sid\":\"S{n}x{s}\",\"Effect\":\"{(random.Next(4) == 0 ? "Deny" : "Allow")}\",")
                .Append(CultureInfo.InvariantCulture, $"\"Action\":[\"{service}:{Verbs[random.Next(Verbs.Length)]}*\",\"{service}:{Verbs[random.Next(Verbs.Length)]}Item\"],")
                .Append(CultureInfo.InvariantCulture, $"\"Resource\":[\"arn:aws:{service}:us-east-1:1111222{random.Next(10000, 99999)}:res/${{aws:username}}/*\",\"arn:aws:{service}:*:*:res-{n}\"]");
            if (random.Next(2) == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $",\"Condition\":{{\"StringEquals\":{{\"aws:PrincipalTag/team\":[\"blue\",\"red\"]}},\"IpAddress\":{{\"aws:SourceIp\":\"10.{random.Next(256)}.0.0/16\"}},\"DateLessThan\":{{\"aws:CurrentTime\":\"2027-01-01T00:00:00Z\"}},\"NumericLessThan\":{{\"aws:MultiFactorAuthAge\":\"3600\"}},\"ForAnyValue:StringLike\":{{\"aws:TagKeys\":[\"env*\"]}}}}");
            }

            text.Append('}');
        }

        return text.Append("]}").ToString();
    }
}
