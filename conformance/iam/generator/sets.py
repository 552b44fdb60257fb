"""Set operators and …IfExists operators, each row with its stated decision."""
from common import ABSENT, allow, case, condition_case, deny, policy, session, user

A, D, X = "Allow", "ImplicitDeny", "ExplicitDeny"
SET = "IAM User Guide › Set operators for multivalued context keys"
IFX = "IAM User Guide › Policy elements: Condition operators › ...IfExists condition operators"
TK = "aws:TagKeys"

SET_ROWS = [
    ("for-all-values-subset", "ForAllValues:StringEquals", TK, ["env", "team"], ["env"], A),
    ("for-all-values-equal-set", "ForAllValues:StringEquals", TK, ["env", "team"], ["env", "team"], A),
    ("for-all-values-extra-key", "ForAllValues:StringEquals", TK, ["env", "team"], ["env", "owner"], D),
    ("for-all-values-empty-set", "ForAllValues:StringEquals", TK, ["env", "team"], [], A),
    ("for-all-values-absent-key", "ForAllValues:StringEquals", TK, ["env", "team"], ABSENT, A),
    ("for-all-values-case-sensitive", "ForAllValues:StringEquals", TK, ["Env"], ["env"], D),
    ("for-any-value-one-matches", "ForAnyValue:StringEquals", TK, ["env", "team"], ["env", "owner"], A),
    ("for-any-value-none-matches", "ForAnyValue:StringEquals", TK, ["env", "team"], ["owner"], D),
    ("for-any-value-empty-set", "ForAnyValue:StringEquals", TK, ["env", "team"], [], D),
    ("for-any-value-absent-key", "ForAnyValue:StringEquals", TK, ["env", "team"], ABSENT, D),
    ("for-any-value-overlap", "ForAnyValue:StringEquals", TK, ["a", "b"], ["b", "c"], A),
    ("for-all-values-like", "ForAllValues:StringLike", TK, ["team*"], ["team", "team-lead"], A),
    ("for-all-values-like-one-outside", "ForAllValues:StringLike", TK, ["team*"], ["team", "cost"], D),
    ("for-any-value-like-called-via", "ForAnyValue:StringLike", "aws:CalledVia", ["*.amazonaws.com"], ["athena.amazonaws.com"], A),
    ("for-any-value-not-equals-one-differs", "ForAnyValue:StringNotEquals", TK, ["env"], ["env", "team"], A),
    ("for-any-value-not-equals-all-equal", "ForAnyValue:StringNotEquals", TK, ["env"], ["env"], D),
    ("for-any-value-not-equals-absent", "ForAnyValue:StringNotEquals", TK, ["env"], ABSENT, D),
    ("for-any-value-not-equals-empty", "ForAnyValue:StringNotEquals", TK, ["env"], [], D),
    ("for-all-values-not-equals-none-listed", "ForAllValues:StringNotEquals", TK, ["secret"], ["env", "team"], A),
    ("for-all-values-not-equals-one-listed", "ForAllValues:StringNotEquals", TK, ["secret"], ["env", "secret"], D),
    ("for-all-values-not-equals-absent", "ForAllValues:StringNotEquals", TK, ["secret"], ABSENT, A),
    ("for-all-values-not-equals-empty", "ForAllValues:StringNotEquals", TK, ["secret"], [], A),
    ("for-all-values-not-like-matching", "ForAllValues:StringNotLike", TK, ["aws:*"], ["aws:x"], D),
    ("for-all-values-not-like-none", "ForAllValues:StringNotLike", TK, ["aws:*"], ["env"], A),
    ("for-any-value-not-like-one-outside", "ForAnyValue:StringNotLike", TK, ["aws:*"], ["aws:x", "env"], A),
    ("for-any-value-not-like-all-inside", "ForAnyValue:StringNotLike", TK, ["aws:*"], ["aws:a"], D),
    ("for-any-value-ignore-case", "ForAnyValue:StringEqualsIgnoreCase", TK, ["ENV"], ["env"], A),
    ("for-any-value-single-valued-key", "ForAnyValue:StringEquals", "aws:PrincipalTag/team", ["blue"], "blue", A),
    ("for-all-values-single-valued-key-differs", "ForAllValues:StringEquals", "aws:PrincipalTag/team", ["blue"], "red", D),
    ("for-any-value-if-exists-absent", "ForAnyValue:StringEqualsIfExists", TK, ["env"], ABSENT, D),
    ("for-any-value-if-exists-present-no-match", "ForAnyValue:StringEqualsIfExists", TK, ["env"], ["owner"], D),
    ("for-all-values-if-exists-absent", "ForAllValues:StringEqualsIfExists", TK, ["env"], ABSENT, A),
    ("for-any-value-leading-keys", "ForAnyValue:StringEquals", "dynamodb:LeadingKeys", ["alice"], ["bob", "alice"], A),
    ("for-all-values-org-paths-like", "ForAllValues:StringLike", "aws:PrincipalOrgPaths", ["o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*"], ["o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/ou-ab12-22222222/"], A),
    ("for-any-value-org-paths-other-ou", "ForAnyValue:StringLike", "aws:PrincipalOrgPaths", ["o-a1b2c3d4e5/r-ab12/ou-ab12-33333333/*"], ["o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/"], D),
]

IFX_ROWS = [
    ("string-equals-absent", "StringEqualsIfExists", "ec2:InstanceType", ["t3.micro"], ABSENT, A),
    ("string-equals-present-match", "StringEqualsIfExists", "ec2:InstanceType", ["t3.micro"], "t3.micro", A),
    ("string-equals-present-other", "StringEqualsIfExists", "ec2:InstanceType", ["t3.micro"], "m5.large", D),
    ("string-not-equals-absent", "StringNotEqualsIfExists", "ec2:InstanceType", ["t3.micro"], ABSENT, A),
    ("string-not-equals-present-listed", "StringNotEqualsIfExists", "ec2:InstanceType", ["t3.micro"], "t3.micro", D),
    ("string-like-present-no-match", "StringLikeIfExists", "ec2:InstanceType", ["t3.*"], "m5.large", D),
    ("string-like-present-match", "StringLikeIfExists", "ec2:InstanceType", ["t3.*"], "t3.nano", A),
    ("numeric-less-than-absent", "NumericLessThanIfExists", "s3:max-keys", "100", ABSENT, A),
    ("numeric-less-than-present-above", "NumericLessThanIfExists", "s3:max-keys", "100", "500", D),
    ("date-greater-than-absent", "DateGreaterThanIfExists", "aws:CurrentTime", "2025-01-01T00:00:00Z", ABSENT, A),
    ("date-greater-than-present-before", "DateGreaterThanIfExists", "aws:CurrentTime", "2025-01-01T00:00:00Z", "2024-01-01T00:00:00Z", D),
    ("ip-address-absent", "IpAddressIfExists", "aws:SourceIp", "203.0.113.0/24", ABSENT, A),
    ("ip-address-present-outside", "IpAddressIfExists", "aws:SourceIp", "203.0.113.0/24", "198.51.100.1", D),
    ("not-ip-address-present-inside", "NotIpAddressIfExists", "aws:SourceIp", "203.0.113.0/24", "203.0.113.1", D),
    ("bool-present-false", "BoolIfExists", "aws:MultiFactorAuthPresent", "true", "false", D),
    ("arn-like-absent", "ArnLikeIfExists", "aws:SourceArn", "arn:aws:sns:*:111122223333:*", ABSENT, A),
    ("arn-not-like-present-matching", "ArnNotLikeIfExists", "aws:SourceArn", "arn:aws:sns:*:111122223333:*", "arn:aws:sns:eu-west-1:111122223333:t", D),
    ("string-equals-ignore-case-present", "StringEqualsIgnoreCaseIfExists", "ec2:InstanceType", ["T3.MICRO"], "t3.micro", A),
]

OBJ = "arn:aws:s3:::acme-data/reports/q1.csv"


def set_cases():
    rows = [condition_case(f"set-{n}", SET, op, k, v, c, e) for n, op, k, v, c, e in SET_ROWS]
    for r in rows:
        if r["id"] == "set-for-any-value-if-exists-absent":
            r["doc"] = SET + " (ForAnyValue: for no matching context key the condition returns false, also in its IfExists form; AWS re:Post › ForAnyValue:StringEqualsIfExists behaving unexpectedly)"
    return rows + [
        case("set-deny-protected-tag-key", SET, X, user(), "ec2:DeleteTags", "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc",
             context={TK: ["secret", "env"]},
             identity=[policy(allow("ec2:*"), deny("ec2:DeleteTags", "*", {"ForAnyValue:StringEquals": {TK: ["secret"]}}))]),
        case("set-deny-protected-tag-key-not-touched", SET, A, user(), "ec2:DeleteTags", "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc",
             context={TK: ["env"]},
             identity=[policy(allow("ec2:*"), deny("ec2:DeleteTags", "*", {"ForAnyValue:StringEquals": {TK: ["secret"]}}))]),
        case("set-for-all-values-allows-untagged-request", SET + " (ForAllValues with no keys in the request returns true)", A, user(),
             "ec2:CreateTags", "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc",
             identity=[policy(allow("ec2:CreateTags", "*", {"ForAllValues:StringEquals": {TK: ["env", "team"]}}))]),
        case("set-plain-operator-on-multivalued-key", "IAM User Guide › Single-valued vs. multivalued context keys (multivalued context keys require a condition set operator)", D,
             user(), "ec2:CreateTags", "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc", context={TK: ["env"]},
             identity=[policy(allow("ec2:CreateTags", "*", {"StringEquals": {TK: "env"}}))]),
        case("set-plain-negated-operator-on-multivalued-key", "IAM User Guide › Single-valued vs. multivalued context keys (multivalued context keys require a condition set operator)", A,
             user(), "ec2:CreateTags", "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc", context={TK: ["env"]},
             identity=[policy(allow("ec2:*"), deny("ec2:CreateTags", "*", {"StringNotEquals": {TK: "secret"}}))]),
        case("set-null-guard-empty-tag-keys", "IAM User Guide › Multivalued context key examples (a Null condition with false keeps missing keys and keys with empty values from evaluating to true)", D,
             user(), "ec2:CreateTags", "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc", context={TK: []},
             identity=[policy(allow("ec2:CreateTags", "*", {"ForAllValues:StringEquals": {TK: ["env", "team"]}, "Null": {TK: "false"}}))]),
        case("set-null-guard-absent-tag-keys", "IAM User Guide › Multivalued context key examples", D,
             user(), "ec2:CreateTags", "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc",
             identity=[policy(allow("ec2:CreateTags", "*", {"ForAllValues:StringEquals": {TK: ["env", "team"]}, "Null": {TK: "false"}}))]),
        case("set-null-guard-allowed-tag-keys", "IAM User Guide › Multivalued context key examples", A,
             user(), "ec2:CreateTags", "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc", context={TK: ["env"]},
             identity=[policy(allow("ec2:CreateTags", "*", {"ForAllValues:StringEquals": {TK: ["env", "team"]}, "Null": {TK: "false"}}))]),
        case("set-leading-keys-own-userid", SET + "; IAM User Guide › Policy elements: Variables and tags", A, user(), "dynamodb:GetItem",
             "arn:aws:dynamodb:us-east-1:111122223333:table/Orders", context={"dynamodb:LeadingKeys": ["AIDAEXAMPLEALICE"]},
             identity=[policy(allow("dynamodb:GetItem", "arn:aws:dynamodb:*:*:table/Orders", {"ForAllValues:StringEquals": {"dynamodb:LeadingKeys": ["${aws:userid}"]}}))]),
        case("set-leading-keys-someone-elses", SET + "; IAM User Guide › Policy elements: Variables and tags", D, user(), "dynamodb:GetItem",
             "arn:aws:dynamodb:us-east-1:111122223333:table/Orders", context={"dynamodb:LeadingKeys": ["AIDAEXAMPLEALICE", "AIDAEXAMPLEBOB"]},
             identity=[policy(allow("dynamodb:GetItem", "arn:aws:dynamodb:*:*:table/Orders", {"ForAllValues:StringEquals": {"dynamodb:LeadingKeys": ["${aws:userid}"]}}))]),
    ]


def ifexists_cases():
    rows = [condition_case(f"ifexists-{n}", IFX, op, k, v, c, e) for n, op, k, v, c, e in IFX_ROWS]
    perimeter = deny("s3:*", "*", {"StringNotEqualsIfExists": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}})
    rows += [
        case("ifexists-perimeter-deny-same-org", IFX, A, session(), "s3:GetObject", OBJ, context={"aws:PrincipalOrgID": "o-a1b2c3d4e5"},
             identity=[policy(allow("s3:*"), perimeter)]),
        case("ifexists-perimeter-deny-other-org", IFX, X, session(), "s3:GetObject", OBJ, context={"aws:PrincipalOrgID": "o-zzzzzzzzzz"},
             identity=[policy(allow("s3:*"), perimeter)]),
        case("ifexists-perimeter-deny-absent-key", IFX + " (an absent key makes the condition true, so the Deny applies)", X, session(), "s3:GetObject", OBJ,
             identity=[policy(allow("s3:*"), perimeter)]),
        case("ifexists-mfa-deny-absent", IFX + "; IAM User Guide › Example: Allows managing own credentials only with MFA (BoolIfExists)", X, user(), "iam:DeleteUser",
             "arn:aws:iam::111122223333:user/bob",
             identity=[policy(allow("iam:*"), deny("iam:*", "*", {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}))]),
        case("ifexists-mfa-deny-with-mfa", IFX, A, user(), "iam:DeleteUser", "arn:aws:iam::111122223333:user/bob",
             context={"aws:MultiFactorAuthPresent": "true"},
             identity=[policy(allow("iam:*"), deny("iam:*", "*", {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}))]),
        case("ifexists-plain-bool-deny-misses-absent-key", BOOL_DOC, A, user(), "iam:DeleteUser", "arn:aws:iam::111122223333:user/bob",
             identity=[policy(allow("iam:*"), deny("iam:*", "*", {"Bool": {"aws:MultiFactorAuthPresent": "false"}}))]),
        case("ifexists-mfa-age-deny-absent", IFX, X, user(), "ec2:StopInstances", "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc",
             identity=[policy(allow("ec2:*"), deny("ec2:StopInstances", "*", {"NumericGreaterThanIfExists": {"aws:MultiFactorAuthAge": "3600"}}))]),
        case("ifexists-mfa-age-deny-recent", IFX, A, user(), "ec2:StopInstances", "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc",
             context={"aws:MultiFactorAuthAge": "120"},
             identity=[policy(allow("ec2:*"), deny("ec2:StopInstances", "*", {"NumericGreaterThanIfExists": {"aws:MultiFactorAuthAge": "3600"}}))]),
        case("ifexists-two-keys-one-absent", IFX, A, user(), "ec2:RunInstances", "arn:aws:ec2:us-east-1:111122223333:instance/*",
             context={"aws:RequestedRegion": "us-east-1"},
             identity=[policy(allow("ec2:RunInstances", "*", {"StringEqualsIfExists": {"ec2:InstanceType": "t3.micro", "aws:RequestedRegion": "us-east-1"}}))]),
        case("ifexists-revoke-sessions-deny-applies-to-users", IFX + " (aws:TokenIssueTime is absent for long-term credentials)", X, user(), "s3:GetObject", OBJ,
             identity=[policy(allow("s3:*"), deny("*", "*", {"DateLessThanIfExists": {"aws:TokenIssueTime": "2025-06-01T10:00:00Z"}}))]),
    ]
    return rows


BOOL_DOC = "IAM User Guide › AWS global condition context keys › aws:MultiFactorAuthPresent (Bool with an absent key is false)"
