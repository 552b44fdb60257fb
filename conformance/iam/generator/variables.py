"""Policy variables and tag-based access control (ABAC)."""
from common import ABSENT, V08, allow, case, deny, policy, session, stmt, user

A, D, X = "Allow", "ImplicitDeny", "ExplicitDeny"
VAR = "IAM User Guide › Policy elements: Variables and tags"
NOVAL = VAR + " › Policy variables with no value"
DEF = VAR + " › Specifying default values"
SPECIAL = VAR + " › Special characters"
VERSION = "IAM User Guide › Policy elements: Version (variables only with 2012-10-17)"
ABAC = "IAM User Guide › Define permissions based on attributes with ABAC authorization"
TAGS = "IAM User Guide › Controlling access to AWS resources using tags"
HOME = "arn:aws:s3:::acme-data/home/${aws:username}/*"


def home(principal, obj, expected, name, doc=VAR, pattern=HOME, version="2012-10-17", **kw):
    return case(f"var-{name}", doc, expected, principal, "s3:GetObject", f"arn:aws:s3:::acme-data/{obj}",
                identity=[policy(allow("s3:GetObject", pattern), version=version)], **kw)


def variable_cases():
    tag_table = "arn:aws:dynamodb:us-east-1:111122223333:table/team-${aws:PrincipalTag/team}-events"
    return [
        home(user(), "home/alice/notes.txt", A, "username-own-home"),
        home(user(), "home/bob/notes.txt", D, "username-other-home"),
        home(user(), "home/${aws:username/notes.txt", A, "version-2008-unclosed-brace-is-literal", doc=VERSION, version=V08, pattern="arn:aws:s3:::acme-data/home/${aws:username/*"),
        home(user(), "home/alice/notes.txt", D, "version-2008-is-literal", doc=VERSION, version=V08),
        home(user(), "home/alice/notes.txt", D, "no-version-is-2008", doc=VERSION, version=None),
        home(user(), "home/${aws:username}/notes.txt", A, "version-2008-matches-literal-text", doc=VERSION, version=V08),
        home(session(), "home/carol/notes.txt", D, "username-absent-for-role-session", doc=NOVAL),
        home(session(), "home/shared/notes.txt", A, "default-used-when-absent", doc=DEF, pattern="arn:aws:s3:::acme-data/home/${aws:username, 'shared'}/*"),
        home(user(), "home/shared/notes.txt", D, "default-ignored-when-present", doc=DEF, pattern="arn:aws:s3:::acme-data/home/${aws:username, 'shared'}/*"),
        home(user(), "home/alice/notes.txt", A, "default-ignored-own-home", doc=DEF, pattern="arn:aws:s3:::acme-data/home/${aws:username, 'shared'}/*"),
        home(user(), "home/alice/notes.txt", A, "key-name-case-insensitive", pattern="arn:aws:s3:::acme-data/home/${AWS:USERNAME}/*"),
        home(user(), "AIDAEXAMPLEALICE/notes.txt", A, "userid", pattern="arn:aws:s3:::acme-data/${aws:userid}/*"),
        home(user(), "*/x", A, "escaped-star-literal", doc=SPECIAL, pattern="arn:aws:s3:::acme-data/${*}/x"),
        home(user(), "any/x", D, "escaped-star-is-not-wildcard", doc=SPECIAL, pattern="arn:aws:s3:::acme-data/${*}/x"),
        home(user(), "file?", A, "escaped-question-literal", doc=SPECIAL, pattern="arn:aws:s3:::acme-data/file${?}"),
        home(user(), "file1", D, "escaped-question-is-not-wildcard", doc=SPECIAL, pattern="arn:aws:s3:::acme-data/file${?}"),
        home(user(), "${aws:username}", A, "escaped-dollar-literal", doc=SPECIAL, pattern="arn:aws:s3:::acme-data/${$}{aws:username}"),
        home(user(), "alice", D, "escaped-dollar-not-a-variable", doc=SPECIAL, pattern="arn:aws:s3:::acme-data/${$}{aws:username}"),
        home(user(**{"aws:PrincipalTag/team": "blue"}), "home/blue/alice/x", A, "two-variables",
             pattern="arn:aws:s3:::acme-data/home/${aws:PrincipalTag/team}/${aws:username}/*"),
        home(user(**{"aws:PrincipalTag/team": "blue"}), "home/red/alice/x", D, "two-variables-one-differs",
             pattern="arn:aws:s3:::acme-data/home/${aws:PrincipalTag/team}/${aws:username}/*"),
        home(user(**{"aws:TagKeys": ["a"]}), "home/a/x", D, "multivalued-key-has-no-variable-value", doc=VAR + " (a multivalued key cannot be a variable)",
             pattern="arn:aws:s3:::acme-data/home/${aws:TagKeys}/*"),
        home(session(), "AROAEXAMPLEDEV:carol/notes.txt", A, "role-session-userid-with-colon", doc=VAR + " › Request information that you can use for policy variables (aws:userid of a role session is role-id:session-name)",
             pattern="arn:aws:s3:::acme-data/${aws:userid}/*"),
        case("var-principal-account-in-account-segment", VAR, A, session(), "dynamodb:GetItem", "arn:aws:dynamodb:us-east-1:111122223333:table/Orders",
             identity=[policy(allow("dynamodb:GetItem", "arn:aws:dynamodb:*:${aws:PrincipalAccount}:table/*"))]),
        case("var-principal-account-other-account", VAR + "; IAM User Guide › Cross-account policy evaluation logic", D, session(), "dynamodb:GetItem",
             "arn:aws:dynamodb:us-east-1:444455556666:table/Orders",
             identity=[policy(allow("dynamodb:GetItem", "arn:aws:dynamodb:*:${aws:PrincipalAccount}:table/*"))],
             resource_policy=policy(stmt("Allow", "dynamodb:GetItem", "arn:aws:dynamodb:us-east-1:444455556666:table/Orders", principal={"AWS": "111122223333"}))),
        case("var-default-in-condition", DEF, A, session(), "ec2:StartInstances", "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc",
             context={"aws:ResourceTag/team": "unassigned"},
             identity=[policy(allow("ec2:StartInstances", "*", {"StringEquals": {"aws:ResourceTag/team": "${aws:PrincipalTag/team, 'unassigned'}"}}))]),
        case("var-in-string-equals-ignore-case", VAR, A, user(), "iam:ChangePassword", "arn:aws:iam::111122223333:user/alice",
             context={"aws:ResourceTag/owner": "ALICE"},
             identity=[policy(allow("iam:ChangePassword", "*", {"StringEqualsIgnoreCase": {"aws:ResourceTag/owner": "${aws:username}"}}))]),
        case("var-own-user-resource", VAR, A, user(), "iam:ChangePassword", "arn:aws:iam::111122223333:user/alice",
             identity=[policy(allow("iam:ChangePassword", "arn:aws:iam::111122223333:user/${aws:username}"))]),
        case("var-own-user-resource-other-user", VAR, D, user(), "iam:ChangePassword", "arn:aws:iam::111122223333:user/bob",
             identity=[policy(allow("iam:ChangePassword", "arn:aws:iam::111122223333:user/${aws:username}"))]),
        case("var-principal-tag-in-resource", VAR + " › Tags as policy variables", A, session(**{"aws:PrincipalTag/team": "blue"}), "dynamodb:Query",
             "arn:aws:dynamodb:us-east-1:111122223333:table/team-blue-events", identity=[policy(allow("dynamodb:Query", tag_table))]),
        case("var-principal-tag-in-resource-other-team", VAR + " › Tags as policy variables", D, session(**{"aws:PrincipalTag/team": "red"}), "dynamodb:Query",
             "arn:aws:dynamodb:us-east-1:111122223333:table/team-blue-events", identity=[policy(allow("dynamodb:Query", tag_table))]),
        case("var-principal-tag-absent", NOVAL, D, session(), "dynamodb:Query",
             "arn:aws:dynamodb:us-east-1:111122223333:table/team-blue-events", identity=[policy(allow("dynamodb:Query", tag_table))]),
        case("var-in-string-like-condition", VAR, A, user(), "s3:ListBucket", "arn:aws:s3:::acme-data", context={"s3:prefix": "home/alice/docs"},
             identity=[policy(allow("s3:ListBucket", "arn:aws:s3:::acme-data", {"StringLike": {"s3:prefix": ["home/${aws:username}/*"]}}))]),
        case("var-in-string-like-condition-other", VAR, D, user(), "s3:ListBucket", "arn:aws:s3:::acme-data", context={"s3:prefix": "home/bob/docs"},
             identity=[policy(allow("s3:ListBucket", "arn:aws:s3:::acme-data", {"StringLike": {"s3:prefix": ["home/${aws:username}/*"]}}))]),
        case("var-in-arn-condition", VAR, A, user(), "sns:Publish", "arn:aws:sns:us-east-1:111122223333:alerts",
             context={"aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:alerts"},
             identity=[policy(allow("sns:Publish", "*", {"ArnLike": {"aws:SourceArn": "arn:aws:sns:*:${aws:PrincipalAccount}:*"}}))]),
        case("var-in-not-resource-own", VAR + "; IAM User Guide › Policy elements: NotResource", A, user(), "s3:GetObject", "arn:aws:s3:::acme-data/home/alice/x",
             identity=[policy(allow("s3:*", "arn:aws:s3:::acme-data/*"), deny("s3:*", not_resource=["arn:aws:s3:::acme-data/home/${aws:username}/*"]))]),
        case("var-in-not-resource-other", VAR + "; IAM User Guide › Policy elements: NotResource", X, user(), "s3:GetObject", "arn:aws:s3:::acme-data/home/bob/x",
             identity=[policy(allow("s3:*", "arn:aws:s3:::acme-data/*"), deny("s3:*", not_resource=["arn:aws:s3:::acme-data/home/${aws:username}/*"]))]),
        case("var-version-2008-condition-literal", VERSION, A, user(**{"aws:PrincipalTag/team": "blue"}), "ec2:StartInstances",
             "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc", context={"aws:ResourceTag/team": "${aws:PrincipalTag/team}"},
             identity=[policy(allow("ec2:StartInstances", "*", {"StringEquals": {"aws:ResourceTag/team": "${aws:PrincipalTag/team}"}}), version=V08)]),
    ]


def abac_cases():
    match = {"StringEquals": {"aws:ResourceTag/project": "${aws:PrincipalTag/project}"}}
    inst = "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc"
    create = {"StringEquals": {"aws:RequestTag/team": "${aws:PrincipalTag/team}"}, "ForAllValues:StringEquals": {"aws:TagKeys": ["team", "project"]}}
    prod_guard = deny("ec2:*", "*", {"StringEquals": {"aws:ResourceTag/env": "prod"}, "StringNotEquals": {"aws:PrincipalTag/env": "prod"}})
    s = session
    return [
        case("abac-resource-tag-matches-principal-tag", ABAC, A, s(**{"aws:PrincipalTag/project": "unicorn"}), "ec2:StopInstances", inst,
             context={"aws:ResourceTag/project": "unicorn"}, identity=[policy(allow("ec2:StopInstances", "*", match))]),
        case("abac-resource-tag-differs", ABAC, D, s(**{"aws:PrincipalTag/project": "unicorn"}), "ec2:StopInstances", inst,
             context={"aws:ResourceTag/project": "pegasus"}, identity=[policy(allow("ec2:StopInstances", "*", match))]),
        case("abac-resource-untagged", ABAC, D, s(**{"aws:PrincipalTag/project": "unicorn"}), "ec2:StopInstances", inst,
             identity=[policy(allow("ec2:StopInstances", "*", match))]),
        case("abac-principal-untagged", ABAC + "; " + NOVAL, D, s(), "ec2:StopInstances", inst,
             context={"aws:ResourceTag/project": "unicorn"}, identity=[policy(allow("ec2:StopInstances", "*", match))]),
        case("abac-tag-value-case-sensitive", ABAC, D, s(**{"aws:PrincipalTag/project": "unicorn"}), "ec2:StopInstances", inst,
             context={"aws:ResourceTag/project": "Unicorn"}, identity=[policy(allow("ec2:StopInstances", "*", match))]),
        case("abac-tag-key-case-insensitive", ABAC + " (condition key names are case-insensitive)", A, s(**{"aws:PrincipalTag/project": "unicorn"}), "ec2:StopInstances", inst,
             context={"aws:resourcetag/PROJECT": "unicorn"}, identity=[policy(allow("ec2:StopInstances", "*", match))]),
        case("abac-request-tag-on-create", TAGS + " › Controlling access during AWS requests", A, s(**{"aws:PrincipalTag/team": "blue"}), "ec2:RunInstances", inst,
             context={"aws:RequestTag/team": "blue", "aws:TagKeys": ["team", "project"], "aws:RequestTag/project": "unicorn"},
             identity=[policy(allow("ec2:RunInstances", "*", create))]),
        case("abac-request-tag-other-team", TAGS + " › Controlling access during AWS requests", D, s(**{"aws:PrincipalTag/team": "blue"}), "ec2:RunInstances", inst,
             context={"aws:RequestTag/team": "red", "aws:TagKeys": ["team"]}, identity=[policy(allow("ec2:RunInstances", "*", create))]),
        case("abac-request-extra-tag-key", TAGS + " › Controlling tag keys", D, s(**{"aws:PrincipalTag/team": "blue"}), "ec2:RunInstances", inst,
             context={"aws:RequestTag/team": "blue", "aws:TagKeys": ["team", "cost"]}, identity=[policy(allow("ec2:RunInstances", "*", create))]),
        case("abac-request-without-team-tag", TAGS + " › Controlling access during AWS requests", D, s(**{"aws:PrincipalTag/team": "blue"}), "ec2:RunInstances", inst,
             context={"aws:TagKeys": ["project"]}, identity=[policy(allow("ec2:RunInstances", "*", create))]),
        case("abac-require-tag-null-deny", TAGS + "; " + "IAM User Guide › Condition operator to check existence of condition keys", X, user(), "ec2:RunInstances", inst,
             identity=[policy(allow("ec2:*"), deny("ec2:RunInstances", "*", {"Null": {"aws:RequestTag/project": "true"}}))]),
        case("abac-require-tag-null-deny-tagged", TAGS, A, user(), "ec2:RunInstances", inst, context={"aws:RequestTag/project": "unicorn"},
             identity=[policy(allow("ec2:*"), deny("ec2:RunInstances", "*", {"Null": {"aws:RequestTag/project": "true"}}))]),
        case("abac-prod-guard-dev-principal", ABAC, X, s(**{"aws:PrincipalTag/env": "dev"}), "ec2:TerminateInstances", inst,
             context={"aws:ResourceTag/env": "prod"}, identity=[policy(allow("ec2:*"), prod_guard)]),
        case("abac-prod-guard-prod-principal", ABAC, A, s(**{"aws:PrincipalTag/env": "prod"}), "ec2:TerminateInstances", inst,
             context={"aws:ResourceTag/env": "prod"}, identity=[policy(allow("ec2:*"), prod_guard)]),
        case("abac-prod-guard-untagged-principal", ABAC + " (StringNotEquals with an absent key is true)", X, s(), "ec2:TerminateInstances", inst,
             context={"aws:ResourceTag/env": "prod"}, identity=[policy(allow("ec2:*"), prod_guard)]),
        case("abac-prod-guard-dev-resource", ABAC, A, s(**{"aws:PrincipalTag/env": "dev"}), "ec2:TerminateInstances", inst,
             context={"aws:ResourceTag/env": "dev"}, identity=[policy(allow("ec2:*"), prod_guard)]),
        case("abac-ignore-case-tag-value", ABAC, A, s(**{"aws:PrincipalTag/team": "Blue"}), "secretsmanager:GetSecretValue",
             "arn:aws:secretsmanager:us-east-1:111122223333:secret:app-AbCdEf", context={"aws:ResourceTag/team": "blue"},
             identity=[policy(allow("secretsmanager:GetSecretValue", "*", {"StringEqualsIgnoreCase": {"aws:ResourceTag/team": "${aws:PrincipalTag/team}"}}))]),
        case("abac-tag-session-principal-tag-not-like", ABAC, D, s(**{"aws:PrincipalTag/team": "blue"}), "s3:GetObject", "arn:aws:s3:::acme-data/x",
             identity=[policy(allow("s3:GetObject", "*", {"StringNotLike": {"aws:PrincipalTag/team": "b*"}}))]),
    ]
