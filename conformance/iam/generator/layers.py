"""Permissions boundaries, session policies, SCPs and RCPs."""
from common import ACCOUNT, FULL_ACCESS, OTHER, allow, case, deny, federated, policy, session, stmt, user

A, D, X = "Allow", "ImplicitDeny", "ExplicitDeny"
PB = "IAM User Guide › Permissions boundaries for IAM entities › Evaluating effective permissions with boundaries"
PBEVAL = "IAM User Guide › Policy evaluation logic › Evaluating identity-based policies with permissions boundaries"
SP = "IAM User Guide › Policies and permissions › Session policies"
SPEVAL = "IAM User Guide › Policy evaluation logic › Determining whether a request is allowed or denied within an account › Session policies"
SCP = "AWS Organizations User Guide › Service control policies (SCPs) › SCP evaluation"
SCPX = "AWS Organizations User Guide › SCP examples"
RCP = "AWS Organizations User Guide › Resource control policies (RCPs) › RCP evaluation"
OBJ = "arn:aws:s3:::acme-data/reports/q1.csv"
INST = "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc"

S3_READ = policy(allow("s3:GetObject", "arn:aws:s3:::acme-data/*"))
EC2 = policy(allow("ec2:*"))


def boundary_cases():
    def b(name, expected, identity, boundary, principal=None, action="s3:GetObject", resource=OBJ, doc=PB, **kw):
        return case(f"boundary-{name}", doc, expected, principal or user(), action, resource, identity=identity, boundary=boundary, **kw)
    return [
        b("both-allow", A, [S3_READ], policy(allow("s3:*"))),
        b("boundary-without-allow", D, [S3_READ], EC2),
        b("identity-without-allow", D, [EC2], policy(allow("s3:*")), doc=PBEVAL + " (a boundary grants nothing by itself)"),
        b("boundary-only", D, [], policy(allow("*")), doc=PBEVAL + " (a boundary grants nothing by itself)"),
        b("boundary-deny", X, [S3_READ], policy(allow("*"), deny("s3:GetObject"))),
        b("boundary-condition-unmet", D, [S3_READ], policy(allow("s3:*", "*", {"StringEquals": {"aws:RequestedRegion": "us-east-1"}})), context={"aws:RequestedRegion": "eu-west-1"}),
        b("boundary-condition-met", A, [S3_READ], policy(allow("s3:*", "*", {"StringEquals": {"aws:RequestedRegion": "us-east-1"}})), context={"aws:RequestedRegion": "us-east-1"}),
        b("boundary-other-resource", D, [S3_READ], policy(allow("s3:*", "arn:aws:s3:::other-bucket/*"))),
        b("boundary-not-action", A, [S3_READ], policy(allow(not_action="iam:*", resource="*"))),
        b("boundary-not-action-excludes", D, [policy(allow("iam:*"))], policy(allow(not_action="iam:*", resource="*")), action="iam:CreateUser", resource="arn:aws:iam::111122223333:user/x"),
        b("role-session-both-allow", A, [S3_READ], policy(allow("s3:Get*")), principal=session()),
        b("role-session-boundary-without-allow", D, [S3_READ], EC2, principal=session()),
        b("with-scp-all-three-allow", A, [S3_READ], policy(allow("s3:*")), scps=[[FULL_ACCESS]], doc="IAM User Guide › Policy evaluation logic › Evaluating policies within a single account (boundary, SCP and identity-based policy must all allow)"),
        b("with-scp-scp-missing-allow", D, [S3_READ], policy(allow("s3:*")), scps=[[EC2]], doc="IAM User Guide › Policy evaluation logic › Evaluating policies within a single account"),
        b("boundary-with-variables", A, [S3_READ], policy(allow("s3:GetObject", "arn:aws:s3:::acme-data/reports/*", {"StringEquals": {"aws:username": "${aws:username}"}})),
          doc=PB + "; IAM User Guide › Policy elements: Variables and tags (boundaries support variables)"),
        b("federated-user-boundary-limits", D, [S3_READ], EC2, principal=federated(), session_policy=policy(allow("s3:*")), doc=PB + "; " + SPEVAL),
    ]


def session_policy_cases():
    def s(name, expected, identity, session_policy, principal=None, doc=SP, action="s3:GetObject", resource=OBJ, **kw):
        return case(f"session-{name}", doc, expected, principal or session(), action, resource, identity=identity, session_policy=session_policy, **kw)
    f = federated()
    return [
        s("intersection-allows", A, [S3_READ], policy(allow("s3:*"))),
        s("session-policy-without-allow", D, [S3_READ], EC2),
        s("identity-without-allow", D, [EC2], policy(allow("s3:*")), doc=SP + " (session policies cannot grant more than the identity-based policy)"),
        s("session-policy-only", D, [], policy(allow("*")), doc=SP + " (session policies cannot grant more than the identity-based policy)"),
        s("session-policy-deny", X, [S3_READ], policy(allow("*"), deny("s3:GetObject"))),
        s("session-policy-narrower-resource", D, [policy(allow("s3:*"))], policy(allow("s3:*", "arn:aws:s3:::acme-data/public/*"))),
        s("session-policy-condition-met", A, [S3_READ], policy(allow("s3:*", "*", {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}})), context={"aws:SourceIp": "203.0.113.9"}),
        s("session-policy-condition-unmet", D, [S3_READ], policy(allow("s3:*", "*", {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}})), context={"aws:SourceIp": "198.51.100.9"}),
        s("session-policy-with-boundary", A, [S3_READ], policy(allow("s3:*")), boundary=policy(allow("s3:GetObject"))),
        s("session-policy-and-boundary-one-missing", D, [S3_READ], policy(allow("s3:*")), boundary=EC2),
        s("federated-intersection", A, [S3_READ], policy(allow("s3:GetObject")), principal=f, doc=SPEVAL + "; AWS STS API Reference › GetFederationToken"),
        s("federated-session-policy-without-allow", D, [S3_READ], EC2, principal=f, doc=SPEVAL),
        s("federated-no-session-policy", D, [S3_READ], None, principal=f, doc=SPEVAL + " (without a session policy a federated user session is implicitly denied); AWS STS API Reference › GetFederationToken"),
        s("federated-no-policies", D, [], None, principal=f, doc=SPEVAL),
        s("role-session-no-session-policy", A, [S3_READ], None, doc=SPEVAL + " (a role session without a session policy keeps the role's permissions)"),
        s("session-policy-not-action", A, [S3_READ], policy(allow(not_action="iam:*", resource="*"))),
        s("session-policy-version-2008-literal-variable", D, [S3_READ], policy(allow("s3:GetObject", "arn:aws:s3:::acme-data/${aws:PrincipalTag/team}/*"), version="2008-10-17"),
          context={"aws:PrincipalTag/team": "reports"}, doc=SP + "; IAM User Guide › Policy elements: Version"),
        s("session-policy-variable", A, [S3_READ], policy(allow("s3:GetObject", "arn:aws:s3:::acme-data/${aws:PrincipalTag/team}/*")),
          context={"aws:PrincipalTag/team": "reports"}, doc=SP + "; IAM User Guide › Policy elements: Variables and tags"),
    ]


def scp_cases():
    def c(name, expected, scps, identity=(policy(allow("*")),), principal=None, action="ec2:StartInstances", resource=INST, doc=SCP, **kw):
        return case(f"scp-{name}", doc, expected, principal or session(), action, resource, identity=list(identity), scps=scps, **kw)
    region = policy(allow("*"), deny(not_action=["iam:*", "sts:*", "organizations:*"], resource="*",
                                     condition={"StringNotEquals": {"aws:RequestedRegion": ["us-east-1", "us-west-2"]}}))
    protect_trail = policy(allow("*"), deny(["cloudtrail:StopLogging", "cloudtrail:DeleteTrail"], "*",
                                            {"ArnNotLike": {"aws:PrincipalArn": "arn:aws:iam::*:role/security-admin"}}))
    return [
        c("full-access-single-level", A, [[FULL_ACCESS]]),
        c("full-access-every-level", A, [[FULL_ACCESS], [FULL_ACCESS], [FULL_ACCESS]]),
        c("level-without-policies-denies", D, [[FULL_ACCESS], []], doc=SCP + " (every level must allow; IAM eval format › scps)"),
        c("ou-level-allows-other-service-only", D, [[FULL_ACCESS], [policy(allow("s3:*"))], [FULL_ACCESS]]),
        c("account-level-missing-allow", D, [[FULL_ACCESS], [FULL_ACCESS], [policy(allow("s3:*"))]]),
        c("allow-list-every-level", A, [[policy(allow(["ec2:*", "s3:*"]))], [policy(allow("ec2:Start*"))]]),
        c("deny-at-root", X, [[FULL_ACCESS, policy(deny("ec2:StartInstances"))], [FULL_ACCESS]]),
        c("deny-at-leaf", X, [[FULL_ACCESS], [policy(allow("*"), deny("ec2:*"))]]),
        c("scp-does-not-grant", D, [[FULL_ACCESS]], identity=(), doc=SCP + " (SCPs never grant permissions)"),
        c("identity-deny-with-full-access", X, [[FULL_ACCESS]], identity=(policy(allow("*"), deny("ec2:*")),)),
        c("region-guard-denies", X, [[region]], context={"aws:RequestedRegion": "eu-central-1"}, doc=SCPX + " › Deny access to AWS based on the requested AWS Region"),
        c("region-guard-allowed-region", A, [[region]], context={"aws:RequestedRegion": "us-west-2"}, doc=SCPX + " › Deny access to AWS based on the requested AWS Region"),
        c("region-guard-global-service-exempt", A, [[region]], action="iam:CreateRole", resource="arn:aws:iam::111122223333:role/x",
          context={"aws:RequestedRegion": "eu-central-1"}, doc=SCPX + " › Deny access to AWS based on the requested AWS Region"),
        c("protect-cloudtrail-denies-developer", X, [[protect_trail]], action="cloudtrail:StopLogging", resource="arn:aws:cloudtrail:us-east-1:111122223333:trail/org",
          doc=SCPX + " › Prevent users from disabling CloudTrail"),
        c("protect-cloudtrail-security-admin-exempt", A, [[protect_trail]], principal=session("security-admin", "sec"), action="cloudtrail:StopLogging",
          resource="arn:aws:cloudtrail:us-east-1:111122223333:trail/org", doc=SCPX + " › Prevent users from disabling CloudTrail"),
        c("condition-on-allow", A, [[policy(allow("ec2:*", "*", {"StringEquals": {"aws:PrincipalTag/team": "blue"}}))]], context={"aws:PrincipalTag/team": "blue"},
          doc=SCP + "; AWS Organizations User Guide › SCP syntax (conditions in Allow statements)"),
        c("condition-on-allow-unmet", D, [[policy(allow("ec2:*", "*", {"StringEquals": {"aws:PrincipalTag/team": "blue"}}))]], context={"aws:PrincipalTag/team": "red"},
          doc=SCP + "; AWS Organizations User Guide › SCP syntax"),
        c("resource-scoped-allow", D, [[policy(allow("ec2:*", "arn:aws:ec2:*:*:instance/i-9999"))]], doc=SCP + "; AWS Organizations User Guide › SCP syntax (Resource element)"),
        c("limits-resource-policy-grant", D, [[policy(allow("ec2:*"))]], identity=(), principal=user(), action="s3:GetObject", resource=OBJ,
          resource_policy=policy(stmt("Allow", "s3:GetObject", "arn:aws:s3:::acme-data/*", principal={"AWS": f"arn:aws:iam::{ACCOUNT}:user/alice"})),
          doc=SCP + " (SCPs limit permissions granted by resource-based policies to principals of the account)"),
        c("deny-require-mfa-for-stop", X, [[policy(allow("*"), deny("ec2:StopInstances", "*", {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}))]],
          action="ec2:StopInstances", doc=SCPX + " (BoolIfExists)"),
        c("not-action-allow-list", A, [[policy(allow(not_action="iam:*", resource="*"))]]),
        c("not-action-allow-list-excluded", D, [[policy(allow(not_action="iam:*", resource="*"))]], action="iam:DeleteRole", resource="arn:aws:iam::111122223333:role/x"),
    ]


def rcp_cases():
    def r(name, expected, rcps, principal=None, action="s3:GetObject", resource=OBJ, identity=(S3_READ,), doc=RCP, **kw):
        return case(f"rcp-{name}", doc, expected, principal or session(), action, resource, identity=list(identity), rcps=rcps, **kw)
    perimeter = policy(stmt("Deny", "s3:*", "*", {"StringNotEqualsIfExists": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"},
                                                  "BoolIfExists": {"aws:PrincipalIsAWSService": "false"}}, principal="*"))
    tls = policy(stmt("Deny", ["s3:*", "sqs:*", "kms:*"], "*", {"BoolIfExists": {"aws:SecureTransport": "false"}}, principal="*"))
    return [
        r("implied-full-access-single-empty-level", A, [[]], doc=RCP + " (RCPFullAWSAccess is attached everywhere and cannot be detached)"),
        r("implied-full-access-every-level-empty", A, [[], [], []], doc=RCP + " (RCPFullAWSAccess)"),
        r("rcps-do-not-grant", D, [[]], identity=(), doc=RCP + " (RCPs never grant permissions)"),
        r("perimeter-other-org-denied", X, [[], [perimeter]], context={"aws:PrincipalOrgID": "o-zzzzzzzzzz", "aws:PrincipalIsAWSService": "false"},
          doc=RCP + "; AWS Organizations User Guide › RCP examples › Enforce identity perimeter"),
        r("perimeter-same-org-passes", A, [[], [perimeter]], context={"aws:PrincipalOrgID": "o-a1b2c3d4e5", "aws:PrincipalIsAWSService": "false"},
          doc=RCP + "; AWS Organizations User Guide › RCP examples › Enforce identity perimeter"),
        r("perimeter-absent-org-id-denied", X, [[perimeter]], context={"aws:PrincipalIsAWSService": "false"},
          doc=RCP + "; IAM User Guide › Condition operators › ...IfExists condition operators"),
        r("perimeter-other-service-untouched", A, [[perimeter]], action="ec2:StartInstances", resource=INST, identity=(EC2,),
          context={"aws:PrincipalOrgID": "o-zzzzzzzzzz"}),
        r("tls-required-insecure", X, [[tls]], context={"aws:SecureTransport": "false"}, doc=RCP + "; AWS Organizations User Guide › RCP examples › Enforce secure transport"),
        r("tls-required-secure", A, [[tls]], context={"aws:SecureTransport": "true"}, doc=RCP + "; AWS Organizations User Guide › RCP examples › Enforce secure transport"),
        r("deny-at-root-level", X, [[policy(stmt("Deny", "s3:GetObject", "*", principal="*"))], []]),
        r("deny-on-other-resource", A, [[policy(stmt("Deny", "s3:*", "arn:aws:s3:::secret-bucket/*", principal="*"))]]),
        r("deny-not-resource", X, [[policy(stmt("Deny", "s3:*", not_resource="arn:aws:s3:::public-bucket/*", principal="*"))]]),
        r("limits-resource-policy-grant", X, [[policy(stmt("Deny", "s3:*", "*", {"StringNotEquals": {"aws:PrincipalAccount": ACCOUNT}}, principal="*"))]],
          principal=session("partner", "dana", OTHER), resource_account=ACCOUNT,
          resource_policy=policy(stmt("Allow", "s3:GetObject", "arn:aws:s3:::acme-data/*", principal={"AWS": f"arn:aws:iam::{OTHER}:root"})),
          doc=RCP + "; IAM User Guide › Cross-account policy evaluation logic"),
        r("cross-account-within-rcp", A, [[policy(stmt("Deny", "s3:*", "*", {"StringNotEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}, principal="*"))]],
          principal=session("partner", "dana", OTHER, **{"aws:PrincipalOrgID": "o-a1b2c3d4e5"}), resource_account=ACCOUNT,
          resource_policy=policy(stmt("Allow", "s3:GetObject", "arn:aws:s3:::acme-data/*", principal={"AWS": f"arn:aws:iam::{OTHER}:root"})),
          doc=RCP + "; IAM User Guide › Cross-account policy evaluation logic"),
        r("and-scp-both-layers", X, [[policy(stmt("Deny", "s3:GetObject", "*", {"Bool": {"aws:SecureTransport": "false"}}, principal="*"))]],
          scps=[[FULL_ACCESS]], context={"aws:SecureTransport": "false"}, doc=RCP + "; " + SCP),
        r("user-direct-grant-still-denied", X, [[policy(stmt("Deny", "s3:*", "*", principal="*"))]], principal=user(), identity=(),
          resource_policy=policy(stmt("Allow", "s3:GetObject", "arn:aws:s3:::acme-data/*", principal={"AWS": f"arn:aws:iam::{ACCOUNT}:user/alice"})),
          doc=RCP + " (an explicit deny in an RCP overrides any allow)"),
    ]
