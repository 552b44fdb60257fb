"""Cases that cannot be evaluated: the answer is an error line (IAM eval format › Answer)."""
from common import ACCOUNT, allow, case, deny, policy, session, stmt, user

ANSWER = "IAM eval format › Answer (a case that cannot be evaluated is answered with an error)"
GRAMMAR = "IAM User Guide › Grammar of the IAM JSON policy language"
OBJ = "arn:aws:s3:::acme-data/reports/q1.csv"
GOOD = policy(allow("s3:GetObject", "arn:aws:s3:::acme-data/*"))


def bad(name, doc, why, identity=(GOOD,), principal=None, action="s3:GetObject", resource=OBJ, drop=(), **kw):
    c = case(f"invalid-{name}", doc, None, principal or user(), action, resource, identity=list(identity), error=True, **kw)
    for key in drop:
        c.pop(key) if key in c else c["request"].pop(key)
    c["expected"] = {"error": why}
    return c


def raw_statement(**fields):
    return {"Version": "2012-10-17", "Statement": [fields]}


def invalid_cases():
    rbp = lambda s: {"Version": "2012-10-17", "Statement": [s]}
    return [
        bad("missing-request", ANSWER + " (missing field)", "no request", drop=("request",)),
        bad("missing-identity-policies", ANSWER + " (missing field)", "no identityPolicies", drop=("identityPolicies",)),
        bad("missing-action", ANSWER + " (missing field)", "no request.action", drop=("action",)),
        bad("missing-principal", ANSWER + " (missing field)", "no request.principal", drop=("principal",)),
        bad("principal-is-a-role", "IAM eval format › Request (a role itself never makes requests; its sessions do)", "principal is a role ARN",
            principal=("arn:aws:iam::111122223333:role/dev", {})),
        bad("request-resource-not-an-arn", "IAM eval format › Request (resource is an ARN or \"*\")", "resource is not an ARN", resource="acme-data/reports/q1.csv"),
        bad("context-value-number", "IAM eval format › Context (values are strings or arrays of strings)", "context value is a number", context={"s3:max-keys": 10}),
        bad("context-key-twice-in-different-case", "IAM eval format › Context (a key must not appear twice in different case)", "duplicate context key",
            context={"aws:PrincipalTag/team": "blue", "aws:principaltag/TEAM": "red"}),
        bad("effect-permit", GRAMMAR + "; IAM User Guide › IAM JSON policy elements: Effect", "Effect is not Allow or Deny",
            identity=[raw_statement(Effect="Permit", Action="s3:GetObject", Resource="*")]),
        bad("effect-missing", "IAM User Guide › IAM JSON policy elements: Effect (required)", "no Effect", identity=[raw_statement(Action="s3:GetObject", Resource="*")]),
        bad("effect-lower-case", "IAM User Guide › IAM JSON policy elements: Effect (Allow or Deny)", "Effect is case-sensitive",
            identity=[raw_statement(Effect="allow", Action="s3:GetObject", Resource="*")]),
        bad("statement-missing", "IAM User Guide › IAM JSON policy elements: Statement (required)", "no Statement", identity=[{"Version": "2012-10-17"}]),
        bad("statement-empty", "IAM User Guide › Access Analyzer policy check reference › Error – Missing statement", "empty Statement", identity=[policy()]),
        bad("action-empty-list", "IAM User Guide › IAM JSON policy elements: Action (IAM: \"Policy statement must contain actions.\")", "empty Action",
            identity=[raw_statement(Effect="Allow", Action=[], Resource="*")]),
        bad("resource-empty-list", "IAM User Guide › IAM JSON policy elements: Resource (IAM: \"Policy statement must contain resources.\")", "empty Resource",
            identity=[raw_statement(Effect="Allow", Action="s3:*", Resource=[])]),
        bad("duplicate-sid", "IAM User Guide › IAM JSON policy elements: Sid (in IAM the Sid value must be unique within a JSON policy)", "duplicate Sid",
            identity=[policy(allow("s3:GetObject", "*", sid="Read"), allow("s3:PutObject", "*", sid="Read"))]),
        bad("variable-not-closed", "IAM User Guide › Access Analyzer policy check reference › Error – Missing brace in variable", "unclosed variable",
            identity=[policy(allow("s3:GetObject", "arn:aws:s3:::acme-data/${aws:username/*"))]),
        bad("variable-empty", "IAM User Guide › Access Analyzer policy check reference › Error – Empty variable", "empty variable",
            identity=[policy(allow("s3:GetObject", "*", {"StringEquals": {"aws:PrincipalTag/team": "${}"}}))]),
        bad("sid-not-alphanumeric", "IAM User Guide › IAM JSON policy elements: Sid (ASCII letters and digits in IAM policies)", "Sid with spaces",
            identity=[policy(allow("s3:GetObject", "*", sid="Read reports"))]),
        bad("principal-empty-list", "IAM User Guide › IAM JSON policy elements: Principal", "empty principal list",
            resource_policy=rbp(stmt("Allow", "s3:GetObject", "arn:aws:s3:::acme-data/*", principal={"AWS": []}))),
        bad("statement-is-a-string", GRAMMAR, "Statement is a string", identity=[{"Version": "2012-10-17", "Statement": "Allow everything"}]),
        bad("action-and-not-action", GRAMMAR + " (action_block is Action or NotAction)", "both Action and NotAction",
            identity=[raw_statement(Effect="Allow", Action="s3:*", NotAction="iam:*", Resource="*")]),
        bad("no-action", GRAMMAR, "neither Action nor NotAction", identity=[raw_statement(Effect="Allow", Resource="*")]),
        bad("no-resource-in-identity-policy", "IAM User Guide › IAM JSON policy elements: Resource (statements must include Resource or NotResource)", "no Resource",
            identity=[raw_statement(Effect="Allow", Action="s3:*")]),
        bad("resource-and-not-resource", GRAMMAR, "both Resource and NotResource",
            identity=[raw_statement(Effect="Allow", Action="s3:*", Resource="*", NotResource="arn:aws:s3:::x")]),
        bad("principal-in-identity-policy", "IAM User Guide › IAM JSON policy elements: Principal (not in identity-based policies)", "Principal in an identity policy",
            identity=[raw_statement(Effect="Allow", Principal="*", Action="s3:*", Resource="*")]),
        bad("not-principal-in-boundary", "IAM User Guide › IAM JSON policy elements: NotPrincipal", "NotPrincipal in a boundary",
            boundary=raw_statement(Effect="Deny", NotPrincipal={"AWS": ACCOUNT}, Action="s3:*", Resource="*")),
        bad("principal-in-scp", "AWS Organizations User Guide › SCP syntax (no Principal element)", "Principal in an SCP",
            scps=[[raw_statement(Effect="Allow", Principal="*", Action="*", Resource="*")]]),
        bad("resource-policy-without-principal", "IAM User Guide › IAM JSON policy elements: Principal (required in resource-based policies)", "no Principal in a resource policy",
            resource_policy=raw_statement(Effect="Allow", Action="s3:GetObject", Resource="arn:aws:s3:::acme-data/*")),
        bad("bucket-policy-without-resource", "IAM User Guide › IAM JSON policy elements: Resource (statements must include Resource or NotResource; only role trust policies omit it)", "no Resource in a bucket policy",
            resource_policy=rbp(stmt("Allow", "s3:GetObject", None, principal={"AWS": "arn:aws:iam::111122223333:user/alice"}))),
        bad("trust-policy-with-not-principal", "IAM User Guide › IAM JSON policy elements: NotPrincipal (not in an IAM role trust policy)", "NotPrincipal in a trust policy",
            action="sts:AssumeRole", resource="arn:aws:iam::111122223333:role/deployer",
            resource_policy=rbp(stmt("Deny", "sts:AssumeRole", None, not_principal={"AWS": "arn:aws:iam::111122223333:root"}))),
        bad("not-principal-with-allow", "IAM User Guide › IAM JSON policy elements: NotPrincipal (must be used with Deny)", "NotPrincipal with Allow",
            resource_policy=rbp(stmt("Allow", "s3:GetObject", "arn:aws:s3:::acme-data/*", not_principal={"AWS": "arn:aws:iam::444455556666:root"}))),
        bad("principal-partial-wildcard", "IAM User Guide › IAM JSON policy elements: Principal (no wildcard to match part of a principal ARN)", "wildcard in a principal ARN",
            resource_policy=rbp(stmt("Allow", "s3:GetObject", "arn:aws:s3:::acme-data/*", principal={"AWS": "arn:aws:iam::111122223333:role/*"}))),
        bad("principal-user-group", "IAM User Guide › IAM JSON policy elements: Principal (you cannot identify a user group as a principal)", "group as principal",
            resource_policy=rbp(stmt("Allow", "s3:GetObject", "arn:aws:s3:::acme-data/*", principal={"AWS": "arn:aws:iam::111122223333:group/admins"}))),
        bad("principal-unknown-type", "IAM User Guide › IAM JSON policy elements: Principal", "unknown principal type",
            resource_policy=rbp(stmt("Allow", "s3:GetObject", "arn:aws:s3:::acme-data/*", principal={"Group": "admins"}))),
        bad("rcp-with-allow", "AWS Organizations User Guide › RCP syntax (Allow only in RCPFullAWSAccess)", "Allow in an RCP",
            rcps=[[{"Version": "2012-10-17", "Statement": [stmt("Allow", "s3:*", "*", principal="*")]}]]),
        bad("rcp-principal-not-star", "AWS Organizations User Guide › RCP syntax (Principal must be \"*\")", "RCP principal is not *",
            rcps=[[{"Version": "2012-10-17", "Statement": [stmt("Deny", "s3:*", "*", principal={"AWS": "444455556666"})]}]]),
        bad("unknown-condition-operator", "IAM User Guide › Condition operators", "unknown operator",
            identity=[policy(allow("s3:GetObject", "*", {"StringEqualz": {"aws:PrincipalTag/team": "blue"}}))]),
        bad("null-if-exists", "IAM User Guide › Condition operators › ...IfExists condition operators (not with Null)", "NullIfExists",
            identity=[policy(allow("s3:GetObject", "*", {"NullIfExists": {"aws:TokenIssueTime": "true"}}))]),
        bad("condition-value-object", GRAMMAR + " (condition values are strings, numbers or booleans)", "condition value is an object",
            identity=[policy(allow("s3:GetObject", "*", {"StringEquals": {"aws:PrincipalTag/team": {"value": "blue"}}}))]),
        bad("condition-not-an-object", GRAMMAR, "Condition is a string", identity=[raw_statement(Effect="Allow", Action="s3:*", Resource="*", Condition="none")]),
        bad("version-unknown", "IAM User Guide › IAM JSON policy elements: Version (2012-10-17 or 2008-10-17)", "unknown Version",
            identity=[policy(allow("s3:GetObject", "*"), version="2020-01-01")]),
        bad("action-without-service", "IAM User Guide › IAM JSON policy elements: Action (service prefix and action name)", "action without a service prefix",
            identity=[policy(allow("GetObject", "*"))]),
        bad("policy-resource-not-an-arn", "IAM User Guide › IAM JSON policy elements: Resource (an ARN or *)", "resource is not an ARN",
            identity=[policy(allow("s3:GetObject", "acme-data/*"))]),
        bad("unknown-statement-element", GRAMMAR, "unknown element Actions", identity=[raw_statement(Effect="Allow", Actions="s3:*", Action="s3:*", Resource="*")]),
        bad("session-policy-for-iam-user", "IAM eval format › Answer (session policy with a principal that is not a session)", "session policy for an IAM user",
            session_policy=GOOD),
        bad("two-permissions-boundaries", "IAM eval format › Case (a principal has at most one permissions boundary)", "two boundaries",
            raw={"permissionBoundaries": [GOOD, GOOD]}),
        bad("invalid-scp-at-deep-level", "AWS Organizations User Guide › SCP syntax", "invalid SCP", principal=session(),
            scps=[[policy(allow("*"))], [raw_statement(Effect="Allow", Action="*")]]),
        bad("invalid-policy-even-when-request-is-denied-anyway", ANSWER, "invalid identity policy",
            identity=[policy(deny("*")), raw_statement(Effect="Maybe", Action="*", Resource="*")]),
    ]
