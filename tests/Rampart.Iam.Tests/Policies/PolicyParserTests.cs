using Rampart.Iam.Policies;

namespace Rampart.Iam.Tests.Policies;

public class PolicyParserTests
{
    private const string Simple = """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Sid": "Read", "Effect": "Allow", "Action": ["s3:GetObject", "s3:List*"], "Resource": "arn:aws:s3:::b/*"},
            {"Effect": "Deny", "NotAction": "iam:*", "NotResource": "*", "Condition": {"Bool": {"aws:SecureTransport": false}}}
          ]
        }
        """;

    [Fact]
    public void Parse_ValidIdentityPolicy_KeepsElementsAndLocations()
    {
        var result = PolicyParser.Parse(Simple, PolicyType.Identity);

        result.Succeeded.ShouldBeTrue(result.FirstError?.ToString());
        var document = result.Value;
        document.Version.ShouldBe("2012-10-17");
        document.Statements.Length.ShouldBe(2);
        document.Statements[0].Sid.ShouldBe("Read");
        document.Statements[0].Action.Patterns.ShouldBe(["s3:GetObject", "s3:List*"]);
        document.Statements[0].Location.ToSourceLocation().Line.ShouldBe(4);
        document.Statements[0].Location.Pointer.ShouldBe("/Statement/0");
        document.Statements[1].Action.IsNot.ShouldBeTrue();
        document.Statements[1].Resource!.IsNot.ShouldBeTrue();
        document.Statements[1].Conditions[0].Values[0].Boolean.ShouldBe(false);
        document.Statements[1].Conditions[0].KeyLocation.Pointer.ShouldBe("/Statement/1/Condition/Bool/aws:SecureTransport");
    }

    [Fact]
    public void Parse_SingleStatementObject_IsOneStatement()
    {
        var result = PolicyParser.Parse("""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}""", PolicyType.Identity);

        result.Succeeded.ShouldBeTrue();
        result.Value.Statements.ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Resource":"*"}}""", "Policy statement must contain actions.")]
    [InlineData("""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject"}}""", "Policy statement must contain resources.")]
    [InlineData("""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}}""", "Policy document should not specify a principal.")]
    [InlineData("""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"GetObject","Resource":"*"}}""", "Actions/Conditions must be prefaced by a vendor")]
    [InlineData("""{"Version":"2012-10-18","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}""", "The policy failed legacy parsing")]
    [InlineData("""{"Version":"2012-10-17","Statement":{"Effect":"Permit","Action":"s3:*","Resource":"*"}}""", "Syntax errors in policy.")]
    [InlineData("""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"StringEqualz":{"aws:username":"a"}}}}""", "Invalid Condition type : StringEqualz")]
    [InlineData("""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"StringEquals":{"aws:username":{"a":1}}}}}""", "Syntax errors in policy.")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Allow","Action":"s3:*","Resource":"*"},{"Sid":"A","Effect":"Deny","Action":"s3:*","Resource":"*"}]}""", "Statement IDs (SID) in a single policy must be unique.")]
    [InlineData("""{"Version":"2012-10-17","Statement":{"Sid":"has space","Effect":"Allow","Action":"s3:*","Resource":"*"}}""", "Statement IDs (SID) must be alpha-numeric.")]
    [InlineData("""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}""", "Syntax errors in policy.")]
    [InlineData("""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::${aws:username"}}""", "Syntax errors in policy.")]
    public void Parse_InvalidIdentityPolicy_AnswersAwsMessage(string json, string message)
    {
        var result = PolicyParser.Parse(json, PolicyType.Identity);

        result.Succeeded.ShouldBeFalse();
        result.FirstError!.Message.ShouldStartWith(message);
    }

    [Fact]
    public void Parse_InvalidJson_ReportsLineAndColumn()
    {
        var result = PolicyParser.Parse("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [,]\n}", PolicyType.Identity);

        result.Succeeded.ShouldBeFalse();
        result.FirstError!.Location.Line.ShouldBe(3);
    }

    [Fact]
    public void Parse_InvalidUtf8_ReportsWhereInsteadOfThrowing()
    {
        byte[] utf8 = [.. "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:Get"u8, 0xFF, .. "\", \"Resource\": \"*\"}\n}"u8];

        var result = PolicyParser.Parse(utf8, PolicyType.Identity);

        result.Succeeded.ShouldBeFalse();
        result.FirstError!.Message.ShouldBe("Syntax errors in policy. (invalid json: the text is not valid UTF-8)");
        result.FirstError.Location.Line.ShouldBe(3);
        result.FirstError.Location.Column.ShouldBe(53);
    }

    [Theory]
    [InlineData("S3:GetObject", "s3:GetObject", true)]
    [InlineData("s3:get*", "S3:GETOBJECT", true)]
    [InlineData("S3:PUT?bject", "s3:putObject", true)]
    [InlineData("s3:GetÉtat", "s3:getétat", true)]
    [InlineData("s3:GetÉtat", "s3:getetat", false)]
    [InlineData("s3:ListBucket", "s3:GetObject", false)]
    public void Parse_ActionPatterns_MatchIgnoringCaseAsciiOrNot(string pattern, string action, bool applies)
    {
        var result = PolicyParser.Parse($$$"""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"{{{pattern}}}","Resource":"*"}}""", PolicyType.Identity);

        result.Value!.Statements[0].Action.Applies(action.ToLowerInvariant()).ShouldBe(applies);
    }

    [Fact]
    public void Parse_UnknownOperator_PointsAtTheOperator()
    {
        var result = PolicyParser.Parse("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"Bogus":{"aws:x":"1"}}}]}""", PolicyType.Identity);

        result.FirstError!.Location.JsonPointer.ShouldBe("/Statement/0/Condition/Bogus");
        result.FirstError.Location.Column.ShouldBeGreaterThan(1);
    }

    [Theory]
    [InlineData(PolicyType.Resource, """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}""", "Missing required field Principal")]
    [InlineData(PolicyType.Resource, """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/*"},"Action":"s3:*","Resource":"*"}}""", "Invalid principal in policy")]
    [InlineData(PolicyType.Resource, """{"Version":"2012-10-17","Statement":{"Effect":"Allow","NotPrincipal":{"AWS":"111122223333"},"Action":"s3:*","Resource":"*"}}""", "Invalid principal in policy")]
    [InlineData(PolicyType.Trust, """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"sts:AssumeRole","Resource":"*"}}""", "Has prohibited field Resource")]
    [InlineData(PolicyType.ResourceControl, """{"Version":"2012-10-17","Statement":{"Effect":"Deny","Principal":{"AWS":"111122223333"},"Action":"s3:*","Resource":"*"}}""", "Invalid principal in policy")]
    [InlineData(PolicyType.ServiceControl, """{"Version":"2012-10-17","Statement":{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*"}}""", "Policy document should not specify a principal.")]
    public void Parse_PolicyTypeRules_AreEnforced(PolicyType type, string json, string message)
    {
        var result = PolicyParser.Parse(json, type);

        result.Succeeded.ShouldBeFalse();
        result.FirstError!.Message.ShouldStartWith(message);
    }

    [Fact]
    public void Parse_TrustPolicyWithoutResource_IsValid()
    {
        var result = PolicyParser.Parse("""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}}""", PolicyType.Trust);

        result.Succeeded.ShouldBeTrue(result.FirstError?.ToString());
        result.Value.Statements[0].Principal!.Entries[0].Kind.ShouldBe(PrincipalEntryKind.Account);
    }

    [Fact]
    public void Parse_OverLongSessionPolicy_ReportsQuota()
    {
        var actions = string.Join(",", Enumerable.Range(0, 200).Select(i => $"\"s3:GetObjectNumber{i}\""));
        var result = PolicyParser.Parse($$$"""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":[{{{actions}}}],"Resource":"*"}}""", PolicyType.Session);

        result.Succeeded.ShouldBeFalse();
        result.FirstError!.Message.ShouldStartWith("Member must have length less than or equal to 2048");
    }

    [Fact]
    public void Parse_LegacyVersion_TakesVariablesLiterally()
    {
        var result = PolicyParser.Parse("""{"Version":"2008-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::b/${aws:username}/*"}}""", PolicyType.Identity);

        result.Value!.Statements[0].Resource!.Patterns[0].HasVariables.ShouldBeFalse();
    }

    [Fact]
    public void Parse_VersionAfterStatement_StillEnablesVariables()
    {
        var result = PolicyParser.Parse("""{"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::b/${aws:username}/*"},"Version":"2012-10-17"}""", PolicyType.Identity);

        result.Value!.Statements[0].Resource!.Patterns[0].HasVariables.ShouldBeTrue();
    }
}
