"""Condition operator cases: one Allow statement guarded by one condition. Each row states the
expected decision: Allow when the condition holds, ImplicitDeny when it does not."""
from common import ABSENT, condition_case, user, session

A, D = "Allow", "ImplicitDeny"
STR = "IAM User Guide › Policy elements: Condition operators › String condition operators"
NUM = "IAM User Guide › Policy elements: Condition operators › Numeric condition operators"
DATE = "IAM User Guide › Policy elements: Condition operators › Date condition operators"
IP = "IAM User Guide › Policy elements: Condition operators › IP address condition operators"
ARN = "IAM User Guide › Policy elements: Condition operators › Amazon Resource Name (ARN) condition operators"
BOOL = "IAM User Guide › Policy elements: Condition operators › Boolean condition operators"
BIN = "IAM User Guide › Policy elements: Condition operators › Binary condition operators"
NULL = "IAM User Guide › Policy elements: Condition operators › Condition operator to check existence of condition keys"
MISSING = "IAM User Guide › Policy elements: Condition operators (a key absent from the request context: positive operators are false, negated ones true)"

T = "aws:PrincipalTag/team"
P = "s3:prefix"

STRING_ROWS = [
    ("equals-match", "StringEquals", T, "blue", "blue", A, STR),
    ("equals-is-case-sensitive", "StringEquals", T, "blue", "Blue", D, STR),
    ("equals-any-of-several-values", "StringEquals", T, ["red", "blue"], "blue", A, "IAM User Guide › Condition with multiple context keys or values"),
    ("equals-none-of-several-values", "StringEquals", T, ["red", "green"], "blue", D, "IAM User Guide › Condition with multiple context keys or values"),
    ("equals-absent-key", "StringEquals", T, "blue", ABSENT, D, MISSING),
    ("equals-star-is-literal", "StringEquals", T, "blu*", "blue", D, STR),
    ("equals-star-literal-match", "StringEquals", T, "blu*", "blu*", A, STR),
    ("equals-empty-string", "StringEquals", T, "", "", A, STR),
    ("equals-number-value", "StringEquals", "s3:max-keys", 42, "42", A, "IAM User Guide › Policy elements: Condition › The condition block (values may be numbers or booleans)"),
    ("equals-boolean-value", "StringEquals", "aws:SecureTransport", True, "true", A, "IAM User Guide › Policy elements: Condition › The condition block (values may be numbers or booleans)"),
    ("not-equals-different", "StringNotEquals", T, "blue", "red", A, STR),
    ("not-equals-same", "StringNotEquals", T, "blue", "blue", D, STR),
    ("not-equals-is-case-sensitive", "StringNotEquals", T, "blue", "Blue", A, STR),
    ("not-equals-matches-one-of-several", "StringNotEquals", T, ["red", "blue"], "blue", D, "IAM User Guide › Condition with multiple context keys or values (negated operators: none may match)"),
    ("not-equals-matches-none-of-several", "StringNotEquals", T, ["red", "blue"], "green", A, "IAM User Guide › Condition with multiple context keys or values (negated operators: none may match)"),
    ("not-equals-absent-key", "StringNotEquals", T, "blue", ABSENT, A, MISSING),
    ("equals-ignore-case-match", "StringEqualsIgnoreCase", T, "blue", "BLUE", A, STR),
    ("equals-ignore-case-longer", "StringEqualsIgnoreCase", T, "blue", "blues", D, STR),
    ("equals-ignore-case-several", "StringEqualsIgnoreCase", T, ["RED", "Blue"], "blue", A, STR),
    ("equals-ignore-case-absent", "StringEqualsIgnoreCase", T, "blue", ABSENT, D, MISSING),
    ("not-equals-ignore-case-same", "StringNotEqualsIgnoreCase", T, "blue", "BLUE", D, STR),
    ("not-equals-ignore-case-different", "StringNotEqualsIgnoreCase", T, "blue", "red", A, STR),
    ("not-equals-ignore-case-absent", "StringNotEqualsIgnoreCase", T, "blue", ABSENT, A, MISSING),
    ("like-star", "StringLike", P, "home/*", "home/alice/", A, STR),
    ("like-is-case-sensitive", "StringLike", P, "home/*", "Home/alice/", D, STR),
    ("like-pattern-case", "StringLike", P, "HOME/*", "home/alice/", D, STR),
    ("like-question-mark-one", "StringLike", P, "home/?", "home/a", A, STR),
    ("like-question-mark-not-two", "StringLike", P, "home/?", "home/ab", D, STR),
    ("like-question-mark-not-zero", "StringLike", P, "home/?", "home/", D, STR),
    ("like-star-matches-empty", "StringLike", P, "*", "", A, STR),
    ("like-star-absent-key", "StringLike", P, "*", ABSENT, D, MISSING),
    ("like-several-patterns", "StringLike", P, ["docs/*", "home/*"], "docs/x", A, STR),
    ("like-two-stars", "StringLike", P, "a*b*c", "aXXbYYc", A, STR),
    ("like-two-stars-no-end", "StringLike", P, "a*b*c", "aXXbYY", D, STR),
    ("like-star-spans-slashes", "StringLike", P, "*/*/*", "a/b/c", A, STR),
    ("like-question-star-needs-one", "StringLike", P, "?*", "", D, STR),
    ("like-no-wildcard-is-exact", "StringLike", P, "home", "home/", D, STR),
    ("not-like-matching", "StringNotLike", P, "home/*", "home/x", D, STR),
    ("not-like-not-matching", "StringNotLike", P, "home/*", "public/x", A, STR),
    ("not-like-absent-key", "StringNotLike", P, "home/*", ABSENT, A, MISSING),
    ("not-like-one-of-several", "StringNotLike", P, ["home/*", "docs/*"], "docs/a", D, STR),
]

NUMERIC_ROWS = [
    ("equals", "NumericEquals", "10", "10", A),
    ("equals-decimal-form", "NumericEquals", "10", "10.0", A),
    ("equals-different", "NumericEquals", "10", "11", D),
    ("equals-json-number", "NumericEquals", 10, "10", A),
    ("equals-not-a-number", "NumericEquals", "10", "ten", D),
    ("not-equals-different", "NumericNotEquals", "10", "11", A),
    ("not-equals-same", "NumericNotEquals", "10", "10", D),
    ("not-equals-one-of-several", "NumericNotEquals", ["10", "20"], "20", D),
    ("not-equals-absent", "NumericNotEquals", "10", ABSENT, A),
    ("less-than", "NumericLessThan", "10", "9", A),
    ("less-than-equal-value", "NumericLessThan", "10", "10", D),
    ("less-than-absent", "NumericLessThan", "10", ABSENT, D),
    ("less-than-any-of-several", "NumericLessThan", ["5", "20"], "10", A),
    ("less-than-decimals", "NumericLessThan", "1.5", "1.25", A),
    ("less-than-equals-equal", "NumericLessThanEquals", "10", "10", A),
    ("less-than-equals-above", "NumericLessThanEquals", "10", "11", D),
    ("greater-than", "NumericGreaterThan", "10", "11", A),
    ("greater-than-equal-value", "NumericGreaterThan", "10", "10", D),
    ("greater-than-negative", "NumericGreaterThan", "-5", "-4", A),
    ("greater-than-equals-equal", "NumericGreaterThanEquals", "10", "10", A),
    ("greater-than-equals-below", "NumericGreaterThanEquals", "10", "9", D),
    ("greater-than-equals-zero", "NumericGreaterThanEquals", "0", "0", A),
    ("greater-than-large", "NumericGreaterThan", "999", "1000", A),
    ("less-than-string-order-is-not-used", "NumericLessThan", "9", "10", D),
]

DATE_ROWS = [
    ("greater-than", "DateGreaterThan", "aws:CurrentTime", "2025-01-01T00:00:00Z", "2025-06-01T12:00:00Z", A),
    ("greater-than-earlier", "DateGreaterThan", "aws:CurrentTime", "2025-01-01T00:00:00Z", "2024-12-31T23:59:59Z", D),
    ("greater-than-same-instant", "DateGreaterThan", "aws:CurrentTime", "2025-01-01T00:00:00Z", "2025-01-01T00:00:00Z", D),
    ("greater-than-equals-same-instant", "DateGreaterThanEquals", "aws:CurrentTime", "2025-01-01T00:00:00Z", "2025-01-01T00:00:00Z", A),
    ("less-than", "DateLessThan", "aws:CurrentTime", "2025-01-01T00:00:00Z", "2024-12-31T23:59:59Z", A),
    ("less-than-same-instant", "DateLessThan", "aws:CurrentTime", "2025-01-01T00:00:00Z", "2025-01-01T00:00:00Z", D),
    ("less-than-equals-same-instant", "DateLessThanEquals", "aws:CurrentTime", "2025-01-01T00:00:00Z", "2025-01-01T00:00:00Z", A),
    ("less-than-equals-later", "DateLessThanEquals", "aws:CurrentTime", "2025-01-01T00:00:00Z", "2025-01-01T00:00:01Z", D),
    ("equals", "DateEquals", "aws:CurrentTime", "2025-06-01T12:00:00Z", "2025-06-01T12:00:00Z", A),
    ("equals-other-offset-same-instant", "DateEquals", "aws:CurrentTime", "2025-06-01T14:00:00+02:00", "2025-06-01T12:00:00Z", A),
    ("equals-one-second-apart", "DateEquals", "aws:CurrentTime", "2025-06-01T12:00:00Z", "2025-06-01T12:00:01Z", D),
    ("not-equals-same", "DateNotEquals", "aws:CurrentTime", "2025-06-01T12:00:00Z", "2025-06-01T12:00:00Z", D),
    ("not-equals-different", "DateNotEquals", "aws:CurrentTime", "2025-06-01T12:00:00Z", "2025-06-02T12:00:00Z", A),
    ("not-equals-absent", "DateNotEquals", "aws:CurrentTime", "2025-06-01T12:00:00Z", ABSENT, A),
    ("greater-than-absent", "DateGreaterThan", "aws:CurrentTime", "2025-01-01T00:00:00Z", ABSENT, D),
    ("policy-epoch-seconds", "DateGreaterThan", "aws:CurrentTime", "1735689600", "2025-06-01T12:00:00Z", A),
    ("policy-epoch-json-number", "DateLessThan", "aws:CurrentTime", 1735689600, "2025-06-01T12:00:00Z", D),
    ("request-epoch-seconds", "DateLessThan", "aws:EpochTime", "2025-01-01T00:00:00Z", "1748779200", D),
    ("request-epoch-equals-iso", "DateEquals", "aws:EpochTime", "2025-06-01T12:00:00Z", "1748779200", A),
    ("date-only-is-midnight-utc", "DateEquals", "aws:CurrentTime", "2025-06-01", "2025-06-01T00:00:00Z", A),
    ("date-only-less-than", "DateLessThan", "aws:CurrentTime", "2025-06-01", "2025-05-31T23:59:59Z", A),
    ("fractional-seconds", "DateGreaterThan", "aws:CurrentTime", "2025-06-01T12:00:00Z", "2025-06-01T12:00:00.500Z", A),
    ("any-of-several", "DateGreaterThan", "aws:CurrentTime", ["2030-01-01T00:00:00Z", "2020-01-01T00:00:00Z"], "2025-06-01T12:00:00Z", A),
    ("request-not-a-date", "DateLessThan", "aws:CurrentTime", "2030-01-01T00:00:00Z", "yesterday", D),
    ("token-issue-time-after", "DateGreaterThanEquals", "aws:TokenIssueTime", "2025-06-01T08:00:00Z", "2025-06-01T09:00:00Z", A),
]

IP_ROWS = [
    ("v4-in-range", "IpAddress", "203.0.113.0/24", "203.0.113.10", A),
    ("v4-out-of-range", "IpAddress", "203.0.113.0/24", "203.0.114.10", D),
    ("v4-bare-address", "IpAddress", "203.0.113.10", "203.0.113.10", A),
    ("v4-slash-32-other", "IpAddress", "203.0.113.10/32", "203.0.113.11", D),
    ("v4-everything", "IpAddress", "0.0.0.0/0", "198.51.100.7", A),
    ("v4-any-of-several", "IpAddress", ["192.0.2.0/24", "203.0.113.0/24"], "192.0.2.5", A),
    ("v4-absent", "IpAddress", "203.0.113.0/24", ABSENT, D),
    ("v4-slash-25-upper-half", "IpAddress", "203.0.113.0/25", "203.0.113.128", D),
    ("v4-slash-25-lower-half", "IpAddress", "203.0.113.0/25", "203.0.113.127", A),
    ("v4-slash-8-edge", "IpAddress", "10.0.0.0/8", "10.255.255.255", A),
    ("v4-request-not-an-ip", "IpAddress", "203.0.113.0/24", "not-an-ip", D),
    ("not-v4-outside", "NotIpAddress", "203.0.113.0/24", "198.51.100.7", A),
    ("not-v4-inside", "NotIpAddress", "203.0.113.0/24", "203.0.113.7", D),
    ("not-absent", "NotIpAddress", "203.0.113.0/24", ABSENT, A),
    ("not-v4-inside-one-of-several", "NotIpAddress", ["192.0.2.0/24", "203.0.113.0/24"], "203.0.113.9", D),
    ("v6-in-range", "IpAddress", "2001:db8::/32", "2001:db8:1234::1", A),
    ("v6-out-of-range", "IpAddress", "2001:db8::/32", "2001:db9::1", D),
    ("v6-upper-case-hex", "IpAddress", "2001:DB8:1234:5678::/64", "2001:db8:1234:5678:abcd::1", A),
    ("v6-slash-64-other", "IpAddress", "2001:db8:1234:5678::/64", "2001:db8:1234:5679::1", D),
    ("v6-everything", "IpAddress", "::/0", "2001:db8::5", A),
    ("v4-range-v6-request", "IpAddress", "203.0.113.0/24", "2001:db8::1", D),
    ("not-v4-range-v6-request", "NotIpAddress", "203.0.113.0/24", "2001:db8::1", A),
    ("not-v6-inside", "NotIpAddress", "2001:db8::/32", "2001:db8::77", D),
    ("mixed-families-v6-request", "IpAddress", ["203.0.113.0/24", "2001:db8::/32"], "2001:db8::9", A),
]

ARN_ROWS = [
    ("equals-exact", "ArnEquals", "aws:PrincipalArn", "arn:aws:iam::111122223333:role/dev", A),
    ("equals-with-wildcard", "ArnEquals", "aws:PrincipalArn", "arn:aws:iam::111122223333:role/*", A),
    ("like-account-wildcard", "ArnLike", "aws:PrincipalArn", "arn:aws:iam::*:role/dev", A),
    ("like-is-case-sensitive", "ArnLike", "aws:PrincipalArn", "arn:aws:iam::111122223333:role/DEV", D),
    ("like-question-mark", "ArnLike", "aws:PrincipalArn", "arn:aws:iam::111122223333:role/d?v", A),
    ("like-wildcard-within-account", "ArnLike", "aws:PrincipalArn", "arn:aws:iam::111*:role/dev", A),
    ("like-other-role", "ArnLike", "aws:PrincipalArn", "arn:aws:iam::111122223333:role/admin", D),
    ("like-any-of-several", "ArnLike", "aws:PrincipalArn", ["arn:aws:iam::111122223333:role/admin", "arn:aws:iam::111122223333:role/dev"], A),
    ("not-equals-other", "ArnNotEquals", "aws:PrincipalArn", "arn:aws:iam::111122223333:role/admin", A),
    ("not-equals-one-of-several", "ArnNotEquals", "aws:PrincipalArn", ["arn:aws:iam::111122223333:role/admin", "arn:aws:iam::111122223333:role/dev"], D),
    ("not-like-matching", "ArnNotLike", "aws:PrincipalArn", "arn:aws:iam::111122223333:role/*", D),
    ("not-like-other-account", "ArnNotLike", "aws:PrincipalArn", "arn:aws:iam::444455556666:role/*", A),
    ("like-absent", "ArnLike", "aws:SourceArn", "arn:aws:sns:*:111122223333:*", D),
    ("not-like-absent", "ArnNotLike", "aws:SourceArn", "arn:aws:sns:*:111122223333:*", A),
]

ARN_SOURCE_ROWS = [
    ("source-arn-bucket-prefix", "ArnLike", "arn:aws:s3:::acme-*", "arn:aws:s3:::acme-logs", A),
    ("source-arn-region-wildcard", "ArnLike", "arn:aws:sns:*:111122223333:*", "arn:aws:sns:us-east-1:111122223333:alerts", A),
    ("source-arn-other-account", "ArnLike", "arn:aws:sns:*:111122223333:*", "arn:aws:sns:us-east-1:444455556666:alerts", D),
    ("source-arn-not-an-arn", "ArnLike", "arn:aws:sns:*:111122223333:*", "not-an-arn", D),
    ("source-arn-resource-keeps-colons", "ArnLike", "arn:aws:logs:us-east-1:111122223333:log-group:app:*", "arn:aws:logs:us-east-1:111122223333:log-group:app:log-stream:x", A),
    ("source-arn-star-spans-slash", "ArnEquals", "arn:aws:iam::111122223333:user/*", "arn:aws:iam::111122223333:user/engineering/alice", A),
    ("source-arn-service-differs", "ArnLike", "arn:aws:sqs:*:111122223333:*", "arn:aws:sns:us-east-1:111122223333:alerts", D),
]

BOOL_ROWS = [
    ("true-matches-true", "Bool", "aws:SecureTransport", "true", "true", A, BOOL),
    ("true-vs-false", "Bool", "aws:SecureTransport", "true", "false", D, BOOL),
    ("absent", "Bool", "aws:SecureTransport", "true", ABSENT, D, MISSING),
    ("json-true", "Bool", "aws:SecureTransport", True, "true", A, BOOL),
    ("false-matches-false", "Bool", "aws:SecureTransport", "false", "false", A, BOOL),
    ("json-false-vs-true", "Bool", "aws:SecureTransport", False, "true", D, BOOL),
    ("mfa-present-absent-for-long-term-keys", "Bool", "aws:MultiFactorAuthPresent", "true", ABSENT, D, "IAM User Guide › AWS global condition context keys › aws:MultiFactorAuthPresent"),
    ("if-exists-absent", "BoolIfExists", "aws:MultiFactorAuthPresent", "true", ABSENT, A, "IAM User Guide › Condition operators › ...IfExists condition operators"),
    ("binary-equal", "BinaryEquals", "s3:x-amz-meta-sig", "QmluYXJ5VmFsdWVJbkJhc2U2NA==", "QmluYXJ5VmFsdWVJbkJhc2U2NA==", A, BIN),
    ("binary-different", "BinaryEquals", "s3:x-amz-meta-sig", "QmluYXJ5VmFsdWVJbkJhc2U2NA==", "b3RoZXI=", D, BIN),
    ("binary-absent", "BinaryEquals", "s3:x-amz-meta-sig", "QmluYXJ5VmFsdWVJbkJhc2U2NA==", ABSENT, D, MISSING),
    ("binary-if-exists-absent", "BinaryEqualsIfExists", "s3:x-amz-meta-sig", "QmluYXJ5VmFsdWVJbkJhc2U2NA==", ABSENT, A, "IAM User Guide › Condition operators › ...IfExists condition operators"),
    ("null-true-absent", "Null", "aws:TokenIssueTime", "true", ABSENT, A, NULL),
    ("null-true-present", "Null", "aws:TokenIssueTime", "true", "2025-06-01T09:00:00Z", D, NULL),
    ("null-false-present", "Null", "aws:TokenIssueTime", "false", "2025-06-01T09:00:00Z", A, NULL),
    ("null-false-absent", "Null", "aws:TokenIssueTime", "false", ABSENT, D, NULL),
    ("null-json-true-absent", "Null", "aws:TokenIssueTime", True, ABSENT, A, NULL),
    ("null-json-false-present", "Null", "aws:TokenIssueTime", False, "2025-06-01T09:00:00Z", A, NULL),
    ("null-both-values", "Null", "aws:TokenIssueTime", ["true", "false"], ABSENT, A, NULL),
    ("null-true-empty-multivalued-key", "Null", "aws:TagKeys", "true", [], A, NULL + "; IAM User Guide › Multivalued context key examples (context keys with empty values are null)"),
    ("null-false-empty-multivalued-key", "Null", "aws:TagKeys", "false", [], D, NULL + "; IAM User Guide › Multivalued context key examples (context keys with empty values are null)"),
    ("null-false-multivalued-key-with-values", "Null", "aws:TagKeys", "false", ["env"], A, NULL),
]


def string_cases():
    rows = [condition_case(f"string-{n}", d, op, k, v, c, e) for n, op, k, v, c, e, d in STRING_ROWS]
    keys = "IAM User Guide › Policy elements: Condition › The condition block (condition key names are not case-sensitive)"
    rows.append(condition_case("string-condition-key-name-case-insensitive", keys, "StringEquals", "AWS:PRINCIPALTAG/TEAM", "blue", "blue", A))
    rows[-1]["request"]["context"] = {"aws:PrincipalTag/team": "blue", **{k: v for k, v in rows[-1]["request"]["context"].items() if k != "AWS:PRINCIPALTAG/TEAM"}}
    rows.append(condition_case("string-context-key-name-case-insensitive", keys, "StringEquals", "aws:RequestedRegion", "us-east-1", "us-east-1", A))
    rows[-1]["request"]["context"] = {"AWS:REQUESTEDREGION": "us-east-1", **{k: v for k, v in rows[-1]["request"]["context"].items() if k != "aws:RequestedRegion"}}
    return rows


def numeric_cases():
    return [condition_case(f"numeric-{n}", NUM, op, "s3:max-keys", v, c, e) for n, op, v, c, e in NUMERIC_ROWS]


def date_cases():
    return [condition_case(f"date-{n}", DATE, op, k, v, c, e, principal=session()) for n, op, k, v, c, e in DATE_ROWS]


def ip_cases():
    return [condition_case(f"ip-{n}", IP, op, "aws:SourceIp", v, c, e) for n, op, v, c, e in IP_ROWS]


def arn_cases():
    principal_rows = [condition_case(f"arn-{n}", ARN, op, k, v, "arn:aws:iam::111122223333:role/dev" if k == "aws:PrincipalArn" else ABSENT, e, principal=session())
                      for n, op, k, v, e in ARN_ROWS]
    source_rows = [condition_case(f"arn-{n}", ARN, op, "aws:SourceArn", v, c, e) for n, op, v, c, e in ARN_SOURCE_ROWS]
    return principal_rows + source_rows


def bool_binary_null_cases():
    return [condition_case(f"bbn-{n}", d, op, k, v, c, e, principal=session()) for n, op, k, v, c, e, d in BOOL_ROWS]
