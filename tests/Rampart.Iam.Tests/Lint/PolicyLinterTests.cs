using System.Text;
using Rampart.Iam.Lint;
using Rampart.Iam.Policies;

namespace Rampart.Iam.Tests.Lint;

public class PolicyLinterTests
{
    [Theory]
    [InlineData(PolicyType.Identity, """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Sid": "ListOwnHome", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::acme-home",
             "Condition": {"StringLike": {"s3:prefix": ["home/${aws:username}/*"]}}},
            {"Sid": "OwnObjects", "Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
             "Resource": "arn:aws:s3:::acme-home/home/${aws:username}/*"},
            {"Sid": "SwitchToDev", "Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::444455556666:role/dev"},
            {"Sid": "DenyWithoutMfa", "Effect": "Deny", "NotAction": ["iam:ChangePassword", "sts:GetSessionToken"], "Resource": "*",
             "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}
          ]
        }
        """)]
    [InlineData(PolicyType.Resource, """
        {"Version":"2012-10-17","Statement":[
          {"Sid":"OrgRead","Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::shared-reports/*",
           "Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"}}},
          {"Sid":"TlsOnly","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::shared-reports","arn:aws:s3:::shared-reports/*"],
           "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}
        """)]
    [InlineData(PolicyType.Trust, """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:user/alice"},"Action":"sts:AssumeRole",
          "Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"},"NumericLessThan":{"aws:MultiFactorAuthAge":"3600"}}}]}
        """)]
    [InlineData(PolicyType.ServiceControl, """
        {"Version":"2012-10-17","Statement":[{"Sid":"ProtectTrail","Effect":"Deny","Action":["cloudtrail:StopLogging","cloudtrail:DeleteTrail"],"Resource":"*",
          "Condition":{"ArnNotLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/rampart-guardrail"}}}]}
        """)]
    public void Lint_WellWrittenPolicy_HasNoFindings(PolicyType type, string json)
    {
        var report = PolicyLinter.Lint(Encoding.UTF8.GetBytes(json), type);

        report.Valid.ShouldBeTrue();
        report.Findings.ShouldBeEmpty(string.Join("\n", report.Findings));
    }

    [Fact]
    public void Lint_Finding_PointsAtTheElementWithLineColumnAndPointer()
    {
        var json = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\n    \"Effect\": \"Allow\",\n    \"Action\": [\"s3:GetObject\", \"s3:GetObjekt\"],\n    \"Resource\": \"*\"\n  }]\n}";

        var finding = PolicyLinter.Lint(Encoding.UTF8.GetBytes(json), PolicyType.Identity).Findings.Single(f => f.CheckId == "unknown-action");

        finding.Message.ShouldBe("`s3:GetObjekt`: service `s3` has no action `GetObjekt`");
        finding.Location.Line.ShouldBe(5);
        finding.Location.Column.ShouldBe(32);
        finding.Location.JsonPointer.ShouldBe("/Statement/0/Action/1");
    }

    [Fact]
    public void Lint_InvalidPolicy_ReportsOnlySyntaxFindings()
    {
        var report = PolicyLinter.Lint(Encoding.UTF8.GetBytes("""{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}"""), PolicyType.Identity);

        report.Valid.ShouldBeFalse();
        report.Findings.ShouldNotBeEmpty();
        report.Findings.ShouldAllBe(f => f.CheckId == "syntax" && f.Severity == LintSeverity.Error);
    }

    [Fact]
    public void Lint_DisabledCheck_IsSkipped()
    {
        var json = Encoding.UTF8.GetBytes("""{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""");

        var all = PolicyLinter.Lint(json, PolicyType.Identity).Findings.Select(f => f.CheckId).ToList();
        var some = PolicyLinter.Lint(json, PolicyType.Identity, disabled: new HashSet<string> { "full-admin" }).Findings.Select(f => f.CheckId).ToList();

        all.ShouldBe(["missing-version", "full-admin"], ignoreOrder: true);
        some.ShouldBe(["missing-version"]);
    }

    [Fact]
    public void Lint_PrivilegeEscalation_NamesTheActionsFound()
    {
        var json = """{"Version":"2012-10-17","Statement":[{"Sid":"Ops","Effect":"Allow","Action":["iam:Attach*","iam:Get*"],"Resource":"*"}]}""";

        var finding = PolicyLinter.Lint(Encoding.UTF8.GetBytes(json), PolicyType.Identity).Findings.Single(f => f.CheckId == "privilege-escalation");

        finding.Message.ShouldBe("statement `Ops` allows `iam:AttachUserPolicy`, `iam:AttachGroupPolicy`, `iam:AttachRolePolicy` on every resource");
        finding.Severity.ShouldBe(LintSeverity.SecurityWarning);
    }
}
