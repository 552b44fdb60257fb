using System.Text.Json;
using System.Text.Json.Nodes;
using Rampart.Iam.Reference;

namespace Rampart.Iam.Tests.Reference;

public class ReferenceEvaluatorTests
{
    private const string Alice = "arn:aws:iam::111122223333:user/alice";
    private const string Object = "arn:aws:s3:::acme-data/reports/q1.csv";

    [Fact]
    public void Evaluate_LineIsNotJson_AnswersErrorWithoutId()
    {
        var answer = ReferenceEvaluator.Evaluate("{\"id\": ");

        answer.Id.ShouldBeNull();
        answer.Decision.ShouldBeNull();
        answer.Error.ShouldNotBeNull().ShouldStartWith("invalid json");
    }

    [Fact]
    public void Evaluate_CaseWithoutId_AnswersErrorWithoutId()
    {
        var answer = ReferenceEvaluator.Evaluate("{\"request\": {}}");

        answer.Id.ShouldBeNull();
        answer.Error.ShouldNotBeNull().ShouldContain("`id`");
    }

    [Fact]
    public void Evaluate_InvalidStatement_ErrorNamesJsonPointer()
    {
        var answer = Evaluate([new JsonObject { ["Effect"] = "Permit", ["Action"] = "s3:*", ["Resource"] = "*" }]);

        answer.Id.ShouldBe("t");
        answer.Error.ShouldBe("`Effect` must be `Allow` or `Deny` (at /identityPolicies/0/Statement/0/Effect)");
    }

    [Fact]
    public void Evaluate_AllowingStatement_AnswersAllowAndEchoesId()
    {
        var answer = Evaluate([Allow("s3:GetObject", "arn:aws:s3:::acme-data/*")]);

        answer.ShouldBe(new ReferenceAnswer("t", "Allow", null));
    }

    [Theory]
    [InlineData("203.0.113.0/33")]
    [InlineData("203.0.113")]
    [InlineData("203.0.113.256")]
    [InlineData("0x7f.0.0.1")]
    [InlineData("2001:db8::/129")]
    public void Evaluate_MalformedPolicyAddress_MatchesNothing(string cidr)
    {
        var answer = Evaluate([Allow("s3:GetObject", "*", Condition("IpAddress", "aws:SourceIp", cidr))], new() { ["aws:SourceIp"] = "203.0.113.1" });

        answer.Decision.ShouldBe("ImplicitDeny");
    }

    [Theory]
    [InlineData("2025-06-01T12:00:00Z", "Allow")]
    [InlineData("2025-06-01T12:00Z", "Allow")]
    [InlineData("2025-06-01T13:00:00+01:00", "Allow")]
    [InlineData("2025-06-01T12:00:00.000Z", "Allow")]
    [InlineData("1748779200", "Allow")]
    [InlineData("2025-06-01T12:00:01Z", "ImplicitDeny")]
    [InlineData("June 1, 2025", "ImplicitDeny")]
    public void Evaluate_DateEqualsFormats_CompareInstants(string policyDate, string expected)
    {
        var answer = Evaluate([Allow("s3:GetObject", "*", Condition("DateEquals", "aws:CurrentTime", policyDate))], new() { ["aws:CurrentTime"] = "2025-06-01T12:00:00Z" });

        answer.Decision.ShouldBe(expected);
    }

    [Theory]
    [InlineData("QUJD", "QUJD", "Allow")]
    [InlineData("QUJD", "QUJE", "ImplicitDeny")]
    [InlineData("not base64!", "not base64!", "ImplicitDeny")]
    public void Evaluate_BinaryEquals_ComparesBytes(string policyValue, string requestValue, string expected)
    {
        var answer = Evaluate([Allow("s3:GetObject", "*", Condition("BinaryEquals", "s3:x-amz-meta-sig", policyValue))], new() { ["s3:x-amz-meta-sig"] = requestValue });

        answer.Decision.ShouldBe(expected);
    }

    [Theory]
    [InlineData("home/${aws:username, 'it''s'}/*", "home/it's/x")]
    [InlineData("home/${aws:username,'shared'}/*", "home/shared/x")]
    [InlineData("home/${ aws:username , 'shared' }/*", "home/shared/x")]
    public void Evaluate_DefaultValueOfVariable_IsUsedWhenKeyIsAbsent(string pattern, string key)
    {
        var answer = Evaluate([Allow("s3:GetObject", $"arn:aws:s3:::acme-data/{pattern}")], new() { ["aws:username"] = null }, resource: $"arn:aws:s3:::acme-data/{key}");

        answer.Decision.ShouldBe("Allow");
    }

    [Fact]
    public void Evaluate_SubstitutedValueWithWildcard_IsLiteral()
    {
        var answer = Evaluate([Allow("s3:GetObject", "arn:aws:s3:::acme-data/home/${aws:username}/x")], new() { ["aws:username"] = "*" }, resource: "arn:aws:s3:::acme-data/home/bob/x");

        answer.Decision.ShouldBe("ImplicitDeny");
    }

    [Fact]
    public void Evaluate_GlobOnLongValue_DoesNotBacktrackExponentially()
    {
        var pattern = string.Concat(Enumerable.Repeat("*a", 40)) + "b";
        var value = new string('a', 4000);

        var answer = Evaluate([Allow("s3:GetObject", "*", Condition("StringLike", "s3:prefix", pattern))], new() { ["s3:prefix"] = value });

        answer.Decision.ShouldBe("ImplicitDeny");
    }

    [Theory]
    [InlineData("1e2", "Allow")]
    [InlineData("100.000", "Allow")]
    [InlineData("+100", "Allow")]
    [InlineData("0x64", "ImplicitDeny")]
    public void Evaluate_NumericEquals_ComparesNumbers(string requestValue, string expected)
    {
        var answer = Evaluate([Allow("s3:GetObject", "*", Condition("NumericEquals", "s3:max-keys", "100"))], new() { ["s3:max-keys"] = requestValue });

        answer.Decision.ShouldBe(expected);
    }

    [Theory]
    [InlineData("NumericNotEquals", "s3:max-keys", "5", "ten")]
    [InlineData("DateNotEquals", "aws:CurrentTime", "2025-06-01T12:00:00Z", "yesterday")]
    [InlineData("NotIpAddress", "aws:SourceIp", "203.0.113.0/24", "localhost")]
    public void Evaluate_NegatedOperatorOnMalformedRequestValue_DoesNotHold(string op, string key, string policyValue, string requestValue)
    {
        var answer = Evaluate([Allow("s3:GetObject", "*", Condition(op, key, policyValue))], new() { [key] = requestValue });

        answer.Decision.ShouldBe("ImplicitDeny");
    }

    [Theory]
    [InlineData("*", "arn:aws:sns:us-east-1:111122223333:alerts", "Allow")]
    [InlineData("arn:aws:sns:*", "arn:aws:sns:us-east-1:111122223333:alerts", "Allow")]
    [InlineData("arn:aws:sns:us-*:111122223333:alerts", "arn:aws:sns:us-east-1:111122223333:alerts", "Allow")]
    [InlineData("arn:aws:sns:us-east-1:111122223333:al?rts", "arn:aws:sns:us-east-1:111122223333:alerts", "Allow")]
    [InlineData("arn:aws:sns:us-east-1:111122223333:Alerts", "arn:aws:sns:us-east-1:111122223333:alerts", "ImplicitDeny")]
    [InlineData("arn:aws:sns:u*1:111122223333:alerts", "arn:aws:sns:us-east-1:111122223333:alerts", "Allow")]
    [InlineData("arn:aws:sns:u*3:alerts", "arn:aws:sns:us-east-1:111122223333:alerts", "ImplicitDeny")]
    public void Evaluate_ArnLike_ComparesSegments(string pattern, string value, string expected)
    {
        var answer = Evaluate([Allow("s3:GetObject", "*", Condition("ArnLike", "aws:SourceArn", pattern))], new() { ["aws:SourceArn"] = value });

        answer.Decision.ShouldBe(expected);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData(" true")]
    [InlineData("1")]
    public void Evaluate_BoolWithNonBooleanValue_IsInvalid(string value)
    {
        var answer = Evaluate([Allow("s3:GetObject", "*", Condition("Bool", "aws:SecureTransport", value))]);

        answer.Error.ShouldNotBeNull().ShouldContain("takes `true` or `false`");
    }

    private static ReferenceAnswer Evaluate(JsonObject[] statements, Dictionary<string, string?>? context = null, string resource = Object)
    {
        var ctx = new JsonObject { ["aws:username"] = "alice" };
        foreach (var (key, value) in context ?? [])
        {
            if (value is null)
            {
                ctx.Remove(key);
            }
            else
            {
                ctx[key] = value;
            }
        }

        var policy = new JsonObject { ["Version"] = "2012-10-17", ["Statement"] = new JsonArray([.. statements]) };
        var line = new JsonObject
        {
            ["id"] = "t",
            ["request"] = new JsonObject { ["principal"] = Alice, ["action"] = "s3:GetObject", ["resource"] = resource, ["context"] = ctx },
            ["identityPolicies"] = new JsonArray(policy),
        };
        return ReferenceEvaluator.Evaluate(line.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    private static JsonObject Allow(string action, string resource, JsonObject? condition = null)
    {
        var statement = new JsonObject { ["Effect"] = "Allow", ["Action"] = action, ["Resource"] = resource };
        if (condition is not null)
        {
            statement["Condition"] = condition;
        }

        return statement;
    }

    private static JsonObject Condition(string op, string key, string value) => new() { [op] = new JsonObject { [key] = value } };
}
