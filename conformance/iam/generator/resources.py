"""Resource-based policies in the same account, across accounts, and KMS key / role trust policies."""
from common import ACCOUNT, OTHER, THIRD, allow, case, deny, federated, policy, session, stmt, user

A, D, X = "Allow", "ImplicitDeny", "ExplicitDeny"
SAME = "IAM User Guide › Policy evaluation logic › Determining whether a request is allowed or denied within an account › Resource-based policies"
UNION = "IAM User Guide › Policy evaluation logic › Evaluating identity-based policies with resource-based policies"
PRIN = "IAM User Guide › IAM JSON policy elements: Principal"
CROSS = "IAM User Guide › Cross-account policy evaluation logic"
KMS = SAME + " (KMS key policies must explicitly allow); AWS KMS Developer Guide › Key policies › Default key policy"
TRUST = SAME + " (IAM role trust policies must explicitly allow); IAM User Guide › IAM roles › Role trust policy"
OBJ = "arn:aws:s3:::acme-data/reports/q1.csv"
TABLE = "arn:aws:dynamodb:us-east-1:111122223333:table/Orders"
KEY = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
ROLE = "arn:aws:iam::111122223333:role/deployer"


def bucket(principal, action="s3:GetObject", resource="arn:aws:s3:::acme-data/*", effect="Allow", condition=None):
    return policy(stmt(effect, action, resource, condition, principal=principal))


def rp(name, doc, expected, principal, resource_policy, identity=(), action="s3:GetObject", resource=OBJ, **kw):
    return case(f"rp-{name}", doc, expected, principal, action, resource, identity=identity, resource_policy=resource_policy, **kw)


def resource_policy_cases():
    u, s, f = user(), session(), federated()
    uarn, sarn, farn = f"arn:aws:iam::{ACCOUNT}:user/alice", f"arn:aws:sts::{ACCOUNT}:assumed-role/dev/carol", f"arn:aws:sts::{ACCOUNT}:federated-user/bob"
    role = f"arn:aws:iam::{ACCOUNT}:role/dev"
    root = f"arn:aws:iam::{ACCOUNT}:root"
    narrow = policy(allow("ec2:DescribeInstances"))
    return [
        rp("user-arn-grants-without-identity-policy", SAME + " › IAM user", A, u, bucket({"AWS": uarn})),
        rp("user-arn-and-identity-both-allow", UNION, A, u, bucket({"AWS": uarn}), identity=[policy(allow("s3:GetObject", OBJ))]),
        rp("identity-allows-resource-policy-silent", UNION, A, u, bucket({"AWS": f"arn:aws:iam::{ACCOUNT}:user/bob"}), identity=[policy(allow("s3:GetObject", OBJ))]),
        rp("neither-allows", UNION, D, u, bucket({"AWS": f"arn:aws:iam::{ACCOUNT}:user/bob"}), identity=[narrow]),
        rp("user-arn-not-limited-by-boundary", SAME + " › IAM user (not limited by an implicit deny in a permissions boundary)", A, u, bucket({"AWS": uarn}), boundary=narrow),
        rp("user-arn-other-action", SAME, D, u, bucket({"AWS": uarn}, action="s3:PutObject")),
        rp("user-arn-other-user", PRIN, D, user("bob"), bucket({"AWS": uarn})),
        rp("user-arn-with-path", PRIN + " › IAM user principals", A, user("alice", path="engineering/"), bucket({"AWS": f"arn:aws:iam::{ACCOUNT}:user/engineering/alice"})),
        rp("role-arn-grants-session", SAME + " › IAM role", A, s, bucket({"AWS": role})),
        rp("role-arn-limited-by-boundary", SAME + " › IAM role (limited by an implicit deny in a permissions boundary)", D, s, bucket({"AWS": role}), boundary=narrow),
        rp("role-arn-limited-by-session-policy", SAME + " › IAM role (limited by an implicit deny in a session policy)", D, s, bucket({"AWS": role}), session_policy=narrow),
        rp("role-arn-within-boundary", SAME + " › IAM role", A, s, bucket({"AWS": role}), boundary=policy(allow("s3:*"))),
        rp("role-arn-other-role", PRIN, D, session("admin", "dan"), bucket({"AWS": role})),
        rp("session-arn-grants", SAME + " › IAM role session", A, s, bucket({"AWS": sarn})),
        rp("session-arn-not-limited-by-boundary", SAME + " › IAM role session (not limited by an implicit deny in a permissions boundary)", A, s, bucket({"AWS": sarn}), boundary=narrow),
        rp("session-arn-not-limited-by-session-policy", SAME + " › IAM role session; IAM User Guide › Session policies", A, s, bucket({"AWS": sarn}), session_policy=narrow),
        rp("session-arn-other-session", PRIN + " › Role session principals", D, session("dev", "someone-else"), bucket({"AWS": sarn})),
        rp("federated-arn-grants", SAME + " › IAM federated user sessions", A, f, bucket({"AWS": farn})),
        rp("federated-arn-not-limited-by-session-policy", SAME + " › IAM federated user sessions", A, f, bucket({"AWS": farn}), session_policy=narrow),
        rp("federated-arn-without-session-policy", SAME + " › IAM federated user sessions (granted directly to the session)", A, f, bucket({"AWS": farn})),
        rp("account-principal-needs-identity-policy", PRIN + " › AWS account principals (the account delegates to its identity-based policies)", D, u, bucket({"AWS": ACCOUNT})),
        rp("account-root-principal-needs-identity-policy", PRIN + " › AWS account principals", D, u, bucket({"AWS": root})),
        rp("account-principal-with-identity-policy", PRIN + " › AWS account principals", A, u, bucket({"AWS": root}), identity=[policy(allow("s3:GetObject", OBJ))]),
        rp("wildcard-principal-grants", PRIN + " › All principals", A, u, bucket("*")),
        rp("aws-wildcard-principal-grants", PRIN + " › All principals", A, s, bucket({"AWS": "*"})),
        rp("wildcard-principal-with-condition-unmet", PRIN + " › All principals", D, u, bucket("*", condition={"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}),
           context={"aws:PrincipalOrgID": "o-zzzzzzzzzz"}),
        rp("service-principal-does-not-name-caller", PRIN + " › AWS service principals", D, u, bucket({"Service": "cloudtrail.amazonaws.com"})),
        rp("principal-list-one-matches", PRIN, A, u, bucket({"AWS": [f"arn:aws:iam::{OTHER}:root", uarn]})),
        rp("deny-names-user", SAME + "; IAM User Guide › The difference between explicit and implicit denies", X, u, bucket({"AWS": uarn}, effect="Deny"), identity=[policy(allow("s3:*"))]),
        rp("deny-names-account", PRIN + " › AWS account principals", X, u, bucket({"AWS": ACCOUNT}, effect="Deny"), identity=[policy(allow("s3:*"))]),
        rp("deny-names-role-applies-to-session", PRIN + " › IAM role principals", X, s, bucket({"AWS": role}, effect="Deny"), identity=[policy(allow("s3:*"))]),
        rp("deny-names-other-user", PRIN, A, u, bucket({"AWS": f"arn:aws:iam::{ACCOUNT}:user/bob"}, effect="Deny"), identity=[policy(allow("s3:*"))]),
        rp("deny-wildcard-insecure-transport", "Amazon S3 User Guide › Bucket policy examples (deny requests that do not use HTTPS)", X, u,
           policy(stmt("Allow", "s3:GetObject", "arn:aws:s3:::acme-data/*", principal={"AWS": uarn}),
                  stmt("Deny", "s3:*", ["arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"], {"Bool": {"aws:SecureTransport": "false"}}, principal="*")),
           context={"aws:SecureTransport": "false"}),
        rp("deny-wildcard-secure-transport-ok", "Amazon S3 User Guide › Bucket policy examples (deny requests that do not use HTTPS)", A, u,
           policy(stmt("Allow", "s3:GetObject", "arn:aws:s3:::acme-data/*", principal={"AWS": uarn}),
                  stmt("Deny", "s3:*", ["arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"], {"Bool": {"aws:SecureTransport": "false"}}, principal="*")),
           context={"aws:SecureTransport": "true"}),
        rp("resource-policy-resource-mismatch", SAME, D, u, bucket({"AWS": uarn}, resource="arn:aws:s3:::acme-data/public/*")),
        rp("dynamodb-table-policy-user", SAME, A, u, policy(stmt("Allow", "dynamodb:GetItem", TABLE, principal={"AWS": uarn})), action="dynamodb:GetItem", resource=TABLE),
        rp("kms-key-policy-root-enables-iam", KMS, A, u, policy(stmt("Allow", "kms:*", "*", principal={"AWS": root})), identity=[policy(allow("kms:Decrypt", KEY))],
           action="kms:Decrypt", resource=KEY),
        rp("kms-key-policy-root-without-iam-policy", KMS, D, u, policy(stmt("Allow", "kms:*", "*", principal={"AWS": root})), action="kms:Decrypt", resource=KEY),
        rp("kms-key-policy-without-root-ignores-iam", KMS, D, u, policy(stmt("Allow", "kms:*", "*", principal={"AWS": f"arn:aws:iam::{ACCOUNT}:user/bob"})),
           identity=[policy(allow("kms:*"))], action="kms:Decrypt", resource=KEY),
        rp("kms-key-policy-names-user", KMS, A, u, policy(stmt("Allow", "kms:Decrypt", "*", principal={"AWS": uarn})), action="kms:Decrypt", resource=KEY),
        rp("kms-key-policy-names-role", KMS, A, s, policy(stmt("Allow", "kms:Decrypt", "*", principal={"AWS": role})), action="kms:Decrypt", resource=KEY),
        rp("trust-policy-names-user", TRUST, A, u, policy(stmt("Allow", "sts:AssumeRole", None, principal={"AWS": uarn})), action="sts:AssumeRole", resource=ROLE),
        rp("trust-policy-names-account-needs-identity", TRUST, D, u, policy(stmt("Allow", "sts:AssumeRole", None, principal={"AWS": root})), action="sts:AssumeRole", resource=ROLE),
        rp("trust-policy-names-account-with-identity", TRUST, A, u, policy(stmt("Allow", "sts:AssumeRole", None, principal={"AWS": root})),
           identity=[policy(allow("sts:AssumeRole", ROLE))], action="sts:AssumeRole", resource=ROLE),
        rp("trust-policy-other-principal-ignores-identity", TRUST, D, u, policy(stmt("Allow", "sts:AssumeRole", None, principal={"AWS": f"arn:aws:iam::{ACCOUNT}:user/bob"})),
           identity=[policy(allow("sts:AssumeRole", ROLE))], action="sts:AssumeRole", resource=ROLE),
        rp("trust-policy-external-id-condition", TRUST + "; IAM User Guide › Access to AWS accounts owned by third parties (sts:ExternalId)", A, u,
           policy(stmt("Allow", "sts:AssumeRole", None, {"StringEquals": {"sts:ExternalId": "ext-8842"}}, principal={"AWS": uarn})),
           context={"sts:ExternalId": "ext-8842"}, action="sts:AssumeRole", resource=ROLE),
        rp("trust-policy-external-id-missing", TRUST, D, u,
           policy(stmt("Allow", "sts:AssumeRole", None, {"StringEquals": {"sts:ExternalId": "ext-8842"}}, principal={"AWS": uarn})),
           action="sts:AssumeRole", resource=ROLE),
        rp("trust-policy-mfa-required", TRUST + "; IAM User Guide › Configuring MFA-protected API access", D, u,
           policy(stmt("Allow", "sts:AssumeRole", None, {"Bool": {"aws:MultiFactorAuthPresent": "true"}}, principal={"AWS": uarn})),
           context={"aws:MultiFactorAuthPresent": "false"}, action="sts:AssumeRole", resource=ROLE),
        case("rp-kms-key-without-key-policy", KMS + " (every key has a key policy; a case that lists none has nothing that allows)", D, u, "kms:Decrypt", KEY,
             identity=[policy(allow("kms:*"))]),
        case("rp-assume-role-without-trust-policy", TRUST + " (every role has a trust policy; a case that lists none has nothing that allows)", D, u, "sts:AssumeRole", ROLE,
             identity=[policy(allow("sts:AssumeRole"))]),
        rp("trust-policy-with-resource-element", "IAM User Guide › IAM roles › Role trust policy (IAM rejects a trust policy with a Resource element: \"Has prohibited field Resource\")", None, u,
           policy(stmt("Allow", "sts:AssumeRole", ROLE, principal={"AWS": uarn})), action="sts:AssumeRole", resource=ROLE, error=True),
        rp("role-arn-within-session-policy", SAME + " › IAM role", A, s, bucket({"AWS": role}), session_policy=policy(allow("s3:*"))),
        rp("user-arn-grant-identity-deny-wins", SAME + "; IAM User Guide › The difference between explicit and implicit denies", X, u, bucket({"AWS": uarn}),
           identity=[policy(deny("s3:*"))]),
        rp("deny-outside-account-spares-own-account", "IAM User Guide › AWS global condition context keys › aws:PrincipalAccount", A, u,
           policy(stmt("Allow", "s3:GetObject", "arn:aws:s3:::acme-data/*", principal={"AWS": uarn}),
                  stmt("Deny", "s3:*", "*", {"StringNotEquals": {"aws:PrincipalAccount": ACCOUNT}}, principal="*")), context={"aws:PrincipalAccount": ACCOUNT}),
        rp("kms-via-service-condition-met", KMS + "; AWS KMS Developer Guide › kms:ViaService", A, u,
           policy(stmt("Allow", "kms:Decrypt", "*", {"StringEquals": {"kms:ViaService": "s3.us-east-1.amazonaws.com"}}, principal={"AWS": uarn})),
           context={"kms:ViaService": "s3.us-east-1.amazonaws.com"}, action="kms:Decrypt", resource=KEY),
        rp("kms-via-service-condition-absent", KMS + "; AWS KMS Developer Guide › kms:ViaService", D, u,
           policy(stmt("Allow", "kms:Decrypt", "*", {"StringEquals": {"kms:ViaService": "s3.us-east-1.amazonaws.com"}}, principal={"AWS": uarn})),
           action="kms:Decrypt", resource=KEY),
        rp("trust-policy-session-name-is-username", TRUST + "; IAM User Guide › AWS STS condition keys › sts:RoleSessionName", A, u,
           policy(stmt("Allow", "sts:AssumeRole", None, {"StringEquals": {"sts:RoleSessionName": "${aws:username}"}}, principal={"AWS": root})),
           identity=[policy(allow("sts:AssumeRole", ROLE))], context={"sts:RoleSessionName": "alice"}, action="sts:AssumeRole", resource=ROLE),
        rp("trust-policy-session-name-other", TRUST + "; IAM User Guide › AWS STS condition keys › sts:RoleSessionName", D, u,
           policy(stmt("Allow", "sts:AssumeRole", None, {"StringEquals": {"sts:RoleSessionName": "${aws:username}"}}, principal={"AWS": root})),
           identity=[policy(allow("sts:AssumeRole", ROLE))], context={"sts:RoleSessionName": "admin"}, action="sts:AssumeRole", resource=ROLE),
        rp("trust-policy-source-identity", TRUST + "; IAM User Guide › AWS STS condition keys › sts:SourceIdentity", A, u,
           policy(stmt("Allow", ["sts:AssumeRole", "sts:SetSourceIdentity"], None, {"StringLike": {"sts:SourceIdentity": "${aws:username}"}}, principal={"AWS": uarn})),
           context={"sts:SourceIdentity": "alice"}, action="sts:SetSourceIdentity", resource=ROLE),
        rp("trust-policy-role-chaining-names-role", TRUST + " (a role session assuming another role is named by its role ARN)", A, s,
           policy(stmt("Allow", "sts:AssumeRole", None, principal={"AWS": role})), action="sts:AssumeRole", resource=ROLE),
        rp("trust-policy-role-chaining-limited-by-session-policy", TRUST + "; " + SAME + " › IAM role", D, s,
           policy(stmt("Allow", "sts:AssumeRole", None, principal={"AWS": role})), session_policy=policy(allow("s3:*")), action="sts:AssumeRole", resource=ROLE),
        rp("trust-policy-tag-session", TRUST + " (sts:TagSession is authorized by the trust policy)", A, u,
           policy(stmt("Allow", ["sts:AssumeRole", "sts:TagSession"], None, principal={"AWS": uarn})), action="sts:TagSession", resource=ROLE),
    ]


def cross_account_cases():
    partner = session("partner", "dana", OTHER)
    parn = f"arn:aws:iam::{OTHER}:role/partner"
    psess = f"arn:aws:sts::{OTHER}:assumed-role/partner/dana"
    ident = [policy(allow("s3:GetObject", "arn:aws:s3:::acme-data/*"))]
    def x(name, expected, resource_policy, identity=ident, principal=partner, doc=CROSS, **kw):
        return case(f"cross-{name}", doc, expected, principal, kw.pop("action", "s3:GetObject"), kw.pop("resource", OBJ), resource_account=kw.pop("resource_account", ACCOUNT),
                    identity=identity, resource_policy=resource_policy, **kw)
    return [
        x("both-sides-allow-role-arn", A, bucket({"AWS": parn})),
        x("both-sides-allow-session-arn", A, bucket({"AWS": psess})),
        x("both-sides-allow-account-id", A, bucket({"AWS": OTHER})),
        x("both-sides-allow-account-root", A, bucket({"AWS": f"arn:aws:iam::{OTHER}:root"})),
        x("both-sides-allow-wildcard", A, bucket("*")),
        x("resource-side-missing", D, None),
        x("resource-policy-names-other-account", D, bucket({"AWS": f"arn:aws:iam::{THIRD}:root"})),
        x("identity-side-missing", D, bucket({"AWS": parn}), identity=[]),
        x("session-arn-still-needs-identity", D, bucket({"AWS": psess}), identity=[], doc=CROSS + " (a direct session grant does not remove the principal-side check across accounts)"),
        x("identity-other-resource", D, bucket({"AWS": parn}), identity=[policy(allow("s3:GetObject", "arn:aws:s3:::other-bucket/*"))]),
        x("boundary-limits-principal-side", D, bucket({"AWS": parn}), boundary=policy(allow("ec2:*"))),
        x("session-policy-limits-principal-side", D, bucket({"AWS": psess}), session_policy=policy(allow("ec2:*"))),
        x("session-policy-allows", A, bucket({"AWS": parn}), session_policy=policy(allow("s3:GetObject"))),
        x("scp-of-principal-account-denies", X, bucket({"AWS": parn}), scps=[[policy(allow("*"), deny("s3:*"))]], doc=CROSS + "; Organizations User Guide › SCP evaluation"),
        x("scp-without-allow-implicit-deny", D, bucket({"AWS": parn}), scps=[[policy(allow("ec2:*"))]], doc=CROSS + "; Organizations User Guide › SCP evaluation"),
        x("rcp-of-resource-account-denies-outsiders", X, bucket({"AWS": parn}),
          rcps=[[policy(stmt("Deny", "s3:*", "*", {"StringNotEqualsIfExists": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}, principal="*"))]],
          context={"aws:PrincipalOrgID": "o-zzzzzzzzzz"}, doc=CROSS + "; Organizations User Guide › Resource control policies (RCPs)"),
        x("rcp-same-org-passes", A, bucket({"AWS": parn}),
          rcps=[[policy(stmt("Deny", "s3:*", "*", {"StringNotEqualsIfExists": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}, principal="*"))]],
          context={"aws:PrincipalOrgID": "o-a1b2c3d4e5"}, doc=CROSS + "; Organizations User Guide › Resource control policies (RCPs)"),
        x("resource-policy-deny-names-account", X, policy(stmt("Allow", "s3:GetObject", "arn:aws:s3:::acme-data/*", principal={"AWS": parn}),
                                                        stmt("Deny", "s3:GetObject", "arn:aws:s3:::acme-data/*", principal={"AWS": OTHER}))),
        x("identity-deny-wins", X, bucket({"AWS": parn}), identity=[policy(allow("s3:*"), deny("s3:GetObject"))]),
        x("user-caller", A, bucket({"AWS": f"arn:aws:iam::{OTHER}:user/erin"}), principal=user("erin", OTHER)),
        x("user-caller-other-user-named", D, bucket({"AWS": f"arn:aws:iam::{OTHER}:user/frank"}), principal=user("erin", OTHER)),
        x("role-arn-of-same-name-other-account", D, bucket({"AWS": f"arn:aws:iam::{THIRD}:role/partner"})),
        x("kms-key-cross-account", A, policy(stmt("Allow", "kms:Decrypt", "*", principal={"AWS": f"arn:aws:iam::{OTHER}:root"})),
          identity=[policy(allow("kms:Decrypt", "arn:aws:kms:us-east-1:111122223333:key/*"))], action="kms:Decrypt", resource=KEY,
          doc=CROSS + "; AWS KMS Developer Guide › Allowing users in other accounts to use a KMS key"),
        x("kms-key-cross-account-no-identity", D, policy(stmt("Allow", "kms:Decrypt", "*", principal={"AWS": f"arn:aws:iam::{OTHER}:root"})),
          identity=[], action="kms:Decrypt", resource=KEY, doc=CROSS + "; AWS KMS Developer Guide › Allowing users in other accounts to use a KMS key"),
        x("assume-role-cross-account", A, policy(stmt("Allow", "sts:AssumeRole", None, principal={"AWS": f"arn:aws:iam::{OTHER}:root"})),
          identity=[policy(allow("sts:AssumeRole", "arn:aws:iam::111122223333:role/*"))], action="sts:AssumeRole", resource=ROLE,
          doc=CROSS + "; IAM User Guide › Providing access to an IAM user in another AWS account that you own"),
        x("assume-role-cross-account-trust-missing", D, policy(stmt("Allow", "sts:AssumeRole", None, principal={"AWS": f"arn:aws:iam::{THIRD}:root"})),
          identity=[policy(allow("sts:AssumeRole", "*"))], action="sts:AssumeRole", resource=ROLE, doc=CROSS),
        x("dynamodb-arn-account-decides", A, policy(stmt("Allow", "dynamodb:GetItem", TABLE, principal={"AWS": parn})),
          identity=[policy(allow("dynamodb:GetItem", TABLE))], action="dynamodb:GetItem", resource=TABLE, resource_account=None,
          doc=CROSS + "; IAM eval format › Request (resource account from the ARN)"),
        x("dynamodb-no-resource-policy", D, None, identity=[policy(allow("dynamodb:GetItem", TABLE))], action="dynamodb:GetItem", resource=TABLE, resource_account=None),
    ]
