"""Evaluation logic: explicit and implicit denies, identity policies, the Action and Resource
elements, and the NotAction / NotResource / NotPrincipal elements."""
from common import ACCOUNT, OTHER, V08, allow, case, deny, federated, policy, session, stmt, user

A, D, X = "Allow", "ImplicitDeny", "ExplicitDeny"
EVAL = "IAM User Guide › Policy evaluation logic › Determining whether a request is allowed or denied within an account"
DIFF = "IAM User Guide › Policy evaluation logic › The difference between explicit and implicit denies"
ACTION = "IAM User Guide › IAM JSON policy elements: Action"
RES = "IAM User Guide › IAM JSON policy elements: Resource"
RESW = RES + " › Using wildcards in resource ARNs"
STMT = "IAM User Guide › IAM JSON policy elements: Statement"
NOTA = "IAM User Guide › IAM JSON policy elements: NotAction"
NOTR = "IAM User Guide › IAM JSON policy elements: NotResource"
NOTP = "IAM User Guide › IAM JSON policy elements: NotPrincipal"
GCI = "AWS STS API Reference › GetCallerIdentity (no permissions are required; an explicit deny does not apply)"
OBJ = "arn:aws:s3:::acme-data/reports/q1.csv"
BUCKET = "arn:aws:s3:::acme-data"


def basic(name, doc, expected, identity, action="s3:GetObject", resource=OBJ, principal=None, **kw):
    return case(f"eval-{name}", doc, expected, principal or user(), action, resource, identity=identity, **kw)


def evaluation_cases():
    return [
        basic("no-policies-implicit-deny", DIFF, D, []),
        basic("allow-exact", EVAL, A, [policy(allow("s3:GetObject", OBJ))]),
        basic("allow-other-action", DIFF, D, [policy(allow("s3:PutObject", OBJ))]),
        basic("allow-other-resource", DIFF, D, [policy(allow("s3:GetObject", "arn:aws:s3:::other-bucket/*"))]),
        basic("deny-overrides-allow-same-policy", DIFF, X, [policy(allow("s3:*"), deny("s3:GetObject", OBJ))]),
        basic("deny-overrides-allow-other-policy", DIFF, X, [policy(allow("s3:*")), policy(deny("s3:*", "arn:aws:s3:::acme-data/*"))]),
        basic("deny-alone-is-explicit", DIFF, X, [policy(deny("s3:GetObject"))]),
        basic("deny-other-action-does-not-apply", DIFF, A, [policy(allow("s3:*"), deny("s3:PutObject"))]),
        basic("allow-in-second-of-two-policies", EVAL + " (any identity-based policy may allow)", A, [policy(allow("ec2:*")), policy(allow("s3:GetObject", OBJ))]),
        basic("statement-as-single-object", STMT, A, [{"Version": "2012-10-17", "Statement": allow("s3:GetObject", OBJ)}]),
        basic("action-and-resource-as-arrays", ACTION + "; " + RES, A, [policy(allow(["ec2:StartInstances", "s3:GetObject"], ["arn:aws:s3:::x/*", "arn:aws:s3:::acme-data/*"]))]),
        basic("action-case-insensitive", ACTION + " (action names are case-insensitive)", A, [policy(allow("S3:GETOBJECT", OBJ))]),
        basic("action-request-case-insensitive", ACTION, A, [policy(allow("s3:GetObject", OBJ))], action="s3:getobject"),
        basic("action-prefix-wildcard", ACTION, A, [policy(allow("s3:Get*", OBJ))]),
        basic("action-wildcard-other-prefix", ACTION, D, [policy(allow("s3:Put*", OBJ))]),
        basic("action-question-mark", ACTION, A, [policy(allow("s3:GetObjec?", OBJ))]),
        basic("action-infix-wildcard", ACTION, A, [policy(allow("s3:*Object", OBJ))]),
        basic("action-star", ACTION, A, [policy(allow("*", OBJ))]),
        basic("action-service-star", ACTION, A, [policy(allow("s3:*", OBJ))]),
        basic("action-other-service", ACTION, D, [policy(allow("s3:*", "*"))], action="ec2:StartInstances", resource="arn:aws:ec2:us-east-1:111122223333:instance/i-0abc"),
        basic("action-service-must-match-whole", ACTION, D, [policy(allow("s3:*", "*"))], action="s3control:GetJobTagging", resource="arn:aws:s3:us-east-1:111122223333:job/1"),
        basic("resource-case-sensitive", RES + " (resource ARNs are case-sensitive)", D, [policy(allow("s3:GetObject", "arn:aws:s3:::ACME-DATA/*"))]),
        basic("resource-star", RES, A, [policy(allow("s3:GetObject", "*"))]),
        basic("resource-object-wildcard", RESW, A, [policy(allow("s3:GetObject", "arn:aws:s3:::acme-data/*"))]),
        basic("resource-bucket-arn-not-objects", RESW, D, [policy(allow("s3:GetObject", BUCKET))]),
        basic("resource-star-spans-slashes", RESW, A, [policy(allow("s3:GetObject", "arn:aws:s3:::acme-*"))]),
        basic("resource-question-mark", RESW, A, [policy(allow("s3:GetObject", "arn:aws:s3:::acme-data/reports/q?.csv"))]),
        basic("resource-question-mark-one-char", RESW, D, [policy(allow("s3:GetObject", "arn:aws:s3:::acme-data/reports/q?.csv"))], resource="arn:aws:s3:::acme-data/reports/q10.csv"),
        basic("resource-question-mark-deny", RESW + "; " + DIFF, X, [policy(allow("s3:*"), deny("s3:GetObject", "arn:aws:s3:::acme-da?a/*"))]),
        basic("resource-region-and-account-wildcards", RESW, A, [policy(allow("dynamodb:GetItem", "arn:aws:dynamodb:*:*:table/Orders"))],
              action="dynamodb:GetItem", resource="arn:aws:dynamodb:eu-west-1:111122223333:table/Orders"),
        basic("resource-other-region", RES, D, [policy(allow("dynamodb:GetItem", "arn:aws:dynamodb:us-east-1:111122223333:table/Orders"))],
              action="dynamodb:GetItem", resource="arn:aws:dynamodb:eu-west-1:111122223333:table/Orders"),
        basic("resource-segment-final-star-spans-colons", RESW + " (a * that ends a segment can match beyond the colon)", A,
              [policy(allow("dynamodb:GetItem", "arn:aws:dynamodb:*"))], action="dynamodb:GetItem", resource="arn:aws:dynamodb:eu-west-1:111122223333:table/Orders"),
        basic("resource-mid-segment-star-stops-at-colon", RESW, D,
              [policy(allow("dynamodb:GetItem", "arn:aws:dynamodb:eu*3:table/Orders"))], action="dynamodb:GetItem", resource="arn:aws:dynamodb:eu-west-1:111122223333:table/Orders"),
        basic("resource-segment-final-star-in-middle-spans-colons", RESW, A,
              [policy(allow("dynamodb:GetItem", "arn:aws:dynamodb:eu-*:table/Orders"))], action="dynamodb:GetItem", resource="arn:aws:dynamodb:eu-west-1:111122223333:table/Orders"),
        basic("resource-type-takes-no-wildcard", RES + "; IAM User Guide › Amazon Resource Names (ARNs) (incorrect wildcard usage: no wildcard in the resource type)", D,
              [policy(allow("iam:GetRole", "arn:aws:iam::111122223333:ro?e/dev"))], action="iam:GetRole", resource="arn:aws:iam::111122223333:role/dev"),
        basic("resource-type-star-takes-no-wildcard", RES + "; IAM User Guide › Amazon Resource Names (ARNs) (incorrect wildcard usage)", D,
              [policy(allow("dynamodb:GetItem", "arn:aws:dynamodb:us-east-1:111122223333:*/Orders"))], action="dynamodb:GetItem", resource="arn:aws:dynamodb:us-east-1:111122223333:table/Orders"),
        basic("resource-type-question-mark-deny-does-not-apply", RES + "; IAM User Guide › Amazon Resource Names (ARNs) (incorrect wildcard usage)", A,
              [policy(allow("dynamodb:*"), deny("dynamodb:*", "arn:aws:dynamodb:us-east-1:111122223333:ta?le/Orders"))], action="dynamodb:GetItem", resource="arn:aws:dynamodb:us-east-1:111122223333:table/Orders"),
        basic("resource-whole-resource-star-still-matches", RESW, A,
              [policy(allow("iam:GetRole", "arn:aws:iam::111122223333:*"))], action="iam:GetRole", resource="arn:aws:iam::111122223333:role/dev"),
        basic("resource-type-needs-match", RES, D, [policy(allow("iam:GetRole", "arn:aws:iam::111122223333:user/*"))], action="iam:GetRole", resource="arn:aws:iam::111122223333:role/dev"),
        basic("resource-path-wildcard", RESW, A, [policy(allow("iam:GetUser", "arn:aws:iam::111122223333:user/engineering/*"))], action="iam:GetUser",
              resource="arn:aws:iam::111122223333:user/engineering/bob"),
        basic("request-star-needs-resource-star", "IAM eval format › Request (an action without a resource type)", A, [policy(allow("s3:ListAllMyBuckets", "*"))],
              action="s3:ListAllMyBuckets", resource="*"),
        basic("request-star-arn-pattern-does-not-match", "IAM eval format › Request; Service Authorization Reference (s3:ListAllMyBuckets has no resource type)", D,
              [policy(allow("s3:ListAllMyBuckets", "arn:aws:s3:::*"))], action="s3:ListAllMyBuckets", resource="*"),
        basic("get-caller-identity-needs-no-permission", GCI, A, [], action="sts:GetCallerIdentity", resource="*"),
        basic("get-caller-identity-ignores-explicit-deny", GCI, A, [policy(deny("sts:*"))], action="sts:GetCallerIdentity", resource="*"),
        basic("version-2008-still-evaluates", "IAM User Guide › IAM JSON policy elements: Version", A, [policy(allow("s3:GetObject", OBJ), version=V08)]),
        basic("sid-does-not-matter", "IAM User Guide › IAM JSON policy elements: Sid", A, [policy(allow("s3:GetObject", OBJ, sid="ReadReports"))]),
        basic("multiple-conditions-all-must-hold", "IAM User Guide › Condition with multiple context keys or values (operators are ANDed)", D,
              [policy(allow("s3:GetObject", OBJ, {"Bool": {"aws:SecureTransport": "true"}, "IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}))],
              context={"aws:SecureTransport": "true", "aws:SourceIp": "198.51.100.1"}),
        basic("multiple-keys-one-operator-all-must-hold", "IAM User Guide › Condition with multiple context keys or values (keys are ANDed)", D,
              [policy(allow("s3:GetObject", OBJ, {"StringEquals": {"aws:PrincipalTag/team": "blue", "aws:PrincipalTag/env": "prod"}}))],
              context={"aws:PrincipalTag/team": "blue", "aws:PrincipalTag/env": "dev"}),
        basic("multiple-keys-all-hold", "IAM User Guide › Condition with multiple context keys or values", A,
              [policy(allow("s3:GetObject", OBJ, {"StringEquals": {"aws:PrincipalTag/team": "blue", "aws:PrincipalTag/env": "prod"}}))],
              context={"aws:PrincipalTag/team": "blue", "aws:PrincipalTag/env": "prod"}),
        basic("deny-with-unmet-condition-does-not-apply", DIFF, A, [policy(allow("s3:*"), deny("s3:*", "*", {"Bool": {"aws:SecureTransport": "false"}}))],
              context={"aws:SecureTransport": "true"}),
        basic("revoke-older-sessions", "IAM User Guide › Revoking IAM role temporary security credentials", X,
              [policy(allow("*"), deny("*", "*", {"DateLessThan": {"aws:TokenIssueTime": "2025-06-01T10:00:00Z"}}))], principal=session()),
        basic("revoke-spares-newer-sessions", "IAM User Guide › Revoking IAM role temporary security credentials", A,
              [policy(allow("*"), deny("*", "*", {"DateLessThan": {"aws:TokenIssueTime": "2025-06-01T10:00:00Z"}}))], principal=session(**{"aws:TokenIssueTime": "2025-06-01T11:00:00Z"})),
        basic("revoke-does-not-touch-long-term-keys", "IAM User Guide › Revoking IAM role temporary security credentials (aws:TokenIssueTime is absent for long-term credentials)", A,
              [policy(allow("*"), deny("*", "*", {"DateLessThan": {"aws:TokenIssueTime": "2025-06-01T10:00:00Z"}}))]),
        basic("role-session-without-session-policy", EVAL + " › Session policies (a role session without a session policy)", A, [policy(allow("s3:GetObject", OBJ))], principal=session()),
        basic("federated-user-without-session-policy", EVAL + " › Session policies; AWS STS API Reference › GetFederationToken (without session policies the session has no permissions)", D,
              [policy(allow("s3:GetObject", OBJ))], principal=federated()),
    ]


def not_element_cases():
    inst = "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc"
    region_guard = deny(not_action=["iam:*", "sts:*"], resource="*", condition={"StringNotEquals": {"aws:RequestedRegion": ["us-east-1", "us-west-2"]}})
    own_bucket_only = deny("s3:*", not_resource=[BUCKET, "arn:aws:s3:::acme-data/*"])
    not_p = lambda arns: {"Version": "2012-10-17", "Statement": [stmt("Deny", "s3:*", ["arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"], not_principal={"AWS": arns})]}
    return [
        case("not-action-allow-everything-else", NOTA, A, user(), "s3:GetObject", OBJ, identity=[policy(allow(not_action="iam:*", resource="*"))]),
        case("not-action-allow-excluded-action", NOTA, D, user(), "iam:CreateUser", "arn:aws:iam::111122223333:user/bob", identity=[policy(allow(not_action="iam:*", resource="*"))]),
        case("not-action-case-insensitive", NOTA, D, user(), "iam:CreateUser", "arn:aws:iam::111122223333:user/bob", identity=[policy(allow(not_action="IAM:*", resource="*"))]),
        case("not-action-list", NOTA, D, user(), "sts:AssumeRole", "arn:aws:iam::111122223333:role/dev", identity=[policy(allow(not_action=["iam:*", "sts:*"], resource="*"))]),
        case("not-action-with-specific-resource", NOTA, D, user(), "s3:GetObject", "arn:aws:s3:::other-bucket/x", identity=[policy(allow(not_action="iam:*", resource="arn:aws:s3:::acme-data/*"))]),
        case("not-action-deny-region-guard", NOTA + "; Organizations User Guide › Example SCPs › Deny access to AWS based on the requested AWS Region", X, session(), "ec2:StartInstances", inst,
             context={"aws:RequestedRegion": "eu-west-1"}, identity=[policy(allow("*"), region_guard)]),
        case("not-action-deny-region-guard-exempt-action", NOTA, A, session(), "iam:CreateRole", "arn:aws:iam::111122223333:role/admin",
             context={"aws:RequestedRegion": "eu-west-1"}, identity=[policy(allow("*"), region_guard)]),
        case("not-action-deny-region-guard-allowed-region", NOTA, A, session(), "ec2:StartInstances", inst,
             context={"aws:RequestedRegion": "us-east-1"}, identity=[policy(allow("*"), region_guard)]),
        case("not-action-service-wildcard-other-service", NOTA, D, user(), "s3:GetObject", OBJ, identity=[policy(allow(not_action="s3:*", resource="*"))]),
        case("not-resource-allow-everything-else", NOTR, A, user(), "s3:GetObject", OBJ, identity=[policy(allow("s3:*", not_resource="arn:aws:s3:::secret/*"))]),
        case("not-resource-excluded", NOTR, D, user(), "s3:GetObject", "arn:aws:s3:::secret/x", identity=[policy(allow("s3:*", not_resource="arn:aws:s3:::secret/*"))]),
        case("not-resource-deny-outside-own-bucket", NOTR, X, user(), "s3:GetObject", "arn:aws:s3:::other-bucket/x", identity=[policy(allow("s3:*"), own_bucket_only)]),
        case("not-resource-deny-own-bucket-ok", NOTR, A, user(), "s3:GetObject", OBJ, identity=[policy(allow("s3:*"), own_bucket_only)]),
        case("not-resource-with-request-star", NOTR + "; IAM eval format › Request", A, user(), "s3:ListAllMyBuckets", "*", identity=[policy(allow("s3:*", not_resource="arn:aws:s3:::secret/*"))]),
        case("not-resource-star-never-applies", NOTR, D, user(), "s3:GetObject", OBJ, identity=[policy(allow("s3:*", not_resource="*"))]),
        case("not-action-and-not-resource", NOTA + "; " + NOTR, A, user(), "ec2:StartInstances", inst, identity=[policy(allow(not_action="iam:*", not_resource="arn:aws:s3:::secret/*"))]),
        case("not-action-and-not-resource-excluded", NOTA + "; " + NOTR, D, user(), "s3:GetObject", "arn:aws:s3:::secret/x", identity=[policy(allow(not_action="iam:*", not_resource="arn:aws:s3:::secret/*"))]),
        case("not-principal-listed-user-spared", NOTP + " › NotPrincipal with Deny", A, user(), "s3:GetObject", OBJ, identity=[policy(allow("s3:*"))],
             resource_policy=not_p([f"arn:aws:iam::{ACCOUNT}:user/alice", f"arn:aws:iam::{ACCOUNT}:root"])),
        case("not-principal-other-user-denied", NOTP + " › NotPrincipal with Deny", X, user("bob"), "s3:GetObject", OBJ, identity=[policy(allow("s3:*"))],
             resource_policy=not_p([f"arn:aws:iam::{ACCOUNT}:user/alice"])),
        case("not-principal-role-session-spared", NOTP + " › NotPrincipal with Deny (session, role and account listed)", A, session(), "s3:GetObject", OBJ, identity=[policy(allow("s3:*"))],
             resource_policy=not_p([f"arn:aws:sts::{ACCOUNT}:assumed-role/dev/carol", f"arn:aws:iam::{ACCOUNT}:role/dev", f"arn:aws:iam::{ACCOUNT}:root"])),
        case("not-principal-other-role-denied", NOTP + " › NotPrincipal with Deny", X, session("admin", "dan"), "s3:GetObject", OBJ, identity=[policy(allow("s3:*"))],
             resource_policy=not_p([f"arn:aws:sts::{ACCOUNT}:assumed-role/dev/carol", f"arn:aws:iam::{ACCOUNT}:role/dev"])),
        case("not-principal-user-without-account-denied", NOTP + " › NotPrincipal with Deny (without the account ARN the account, and so the user, is denied)", X, user(), "s3:GetObject", OBJ,
             identity=[policy(allow("s3:*"))], resource_policy=not_p([f"arn:aws:iam::{ACCOUNT}:user/alice"])),
        case("not-principal-account-only-denies-user", NOTP + " › NotPrincipal with Deny (AWS validates the account, then the user)", X, user(), "s3:GetObject", OBJ,
             identity=[policy(allow("s3:*"))], resource_policy=not_p([f"arn:aws:iam::{ACCOUNT}:root"])),
        case("not-principal-role-session-without-role-denied", NOTP + " › NotPrincipal with Deny (the role must be listed as well as the session)", X, session(), "s3:GetObject", OBJ,
             identity=[policy(allow("s3:*"))], resource_policy=not_p([f"arn:aws:sts::{ACCOUNT}:assumed-role/dev/carol", f"arn:aws:iam::{ACCOUNT}:root"])),
        case("not-principal-role-without-session-denied", NOTP + " › NotPrincipal with Deny (the session must be listed as well as the role)", X, session(), "s3:GetObject", OBJ,
             identity=[policy(allow("s3:*"))], resource_policy=not_p([f"arn:aws:iam::{ACCOUNT}:role/dev", f"arn:aws:iam::{ACCOUNT}:root"])),
        case("not-principal-with-permissions-boundary-always-denies", "IAM User Guide › Permissions boundaries for IAM entities (NotPrincipal with Deny always denies a principal that has a boundary)", X,
             user(), "s3:GetObject", OBJ, identity=[policy(allow("s3:*"))], boundary=policy(allow("s3:*")),
             resource_policy=not_p([f"arn:aws:iam::{ACCOUNT}:user/alice", f"arn:aws:iam::{ACCOUNT}:root"])),
        case("not-principal-cross-account-spared", NOTP + " › NotPrincipal with Deny; IAM User Guide › Cross-account policy evaluation logic", A,
             session("partner", "dana", OTHER), "s3:GetObject", OBJ, resource_account=ACCOUNT, identity=[policy(allow("s3:GetObject", "arn:aws:s3:::acme-data/*"))],
             resource_policy={"Version": "2012-10-17", "Statement": [
                 stmt("Allow", "s3:GetObject", "arn:aws:s3:::acme-data/*", principal={"AWS": f"arn:aws:iam::{OTHER}:role/partner"}),
                 stmt("Deny", "s3:*", "arn:aws:s3:::acme-data/*", not_principal={"AWS": [f"arn:aws:sts::{OTHER}:assumed-role/partner/dana", f"arn:aws:iam::{OTHER}:role/partner", f"arn:aws:iam::{OTHER}:root"]})]}),
        case("not-principal-cross-account-other-denied", NOTP + " › NotPrincipal with Deny", X,
             session("intruder", "eve", "777788889999"), "s3:GetObject", OBJ, resource_account=ACCOUNT, identity=[policy(allow("s3:*"))],
             resource_policy={"Version": "2012-10-17", "Statement": [
                 stmt("Allow", "s3:GetObject", "arn:aws:s3:::acme-data/*", principal="*"),
                 stmt("Deny", "s3:*", "arn:aws:s3:::acme-data/*", not_principal={"AWS": [f"arn:aws:iam::{OTHER}:role/partner", f"arn:aws:iam::{OTHER}:root"]})]}),
    ]
