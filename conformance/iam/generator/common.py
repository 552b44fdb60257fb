"""Building blocks for the named IAM conformance cases.

Every case states its expected decision explicitly (``Allow``, ``ImplicitDeny``, ``ExplicitDeny``
or an expected error); nothing here evaluates a policy. The helpers only spare the boilerplate of
principals, contexts and policy documents.
"""

ACCOUNT = "111122223333"
OTHER = "444455556666"
THIRD = "777788889999"
V12 = "2012-10-17"
V08 = "2008-10-17"
ABSENT = object()


def user(name="alice", account=ACCOUNT, path="", **extra):
    arn = f"arn:aws:iam::{account}:user/{path}{name}"
    ctx = {"aws:PrincipalArn": arn, "aws:PrincipalAccount": account, "aws:PrincipalType": "User",
           "aws:username": name, "aws:userid": f"AIDAEXAMPLE{name.upper()}"}
    ctx.update(extra)
    return arn, ctx


def session(role="dev", name="carol", account=ACCOUNT, **extra):
    arn = f"arn:aws:sts::{account}:assumed-role/{role}/{name}"
    ctx = {"aws:PrincipalArn": f"arn:aws:iam::{account}:role/{role}", "aws:PrincipalAccount": account,
           "aws:PrincipalType": "AssumedRole", "aws:userid": f"AROAEXAMPLE{role.upper()}:{name}",
           "aws:TokenIssueTime": "2025-06-01T09:00:00Z"}
    ctx.update(extra)
    return arn, ctx


def federated(name="bob", account=ACCOUNT, **extra):
    arn = f"arn:aws:sts::{account}:federated-user/{name}"
    ctx = {"aws:PrincipalArn": arn, "aws:PrincipalAccount": account, "aws:PrincipalType": "FederatedUser",
           "aws:userid": f"{account}:{name}"}
    ctx.update(extra)
    return arn, ctx


def policy(*statements, version=V12):
    doc = {}
    if version is not None:
        doc["Version"] = version
    doc["Statement"] = list(statements)
    return doc


def stmt(effect, action="*", resource="*", condition=None, sid=None, not_action=None, not_resource=None,
         principal=None, not_principal=None):
    s = {}
    if sid:
        s["Sid"] = sid
    s["Effect"] = effect
    if principal is not None:
        s["Principal"] = principal
    if not_principal is not None:
        s["NotPrincipal"] = not_principal
    if not_action is not None:
        s["NotAction"] = not_action
    elif action is not None:
        s["Action"] = action
    if not_resource is not None:
        s["NotResource"] = not_resource
    elif resource is not None:
        s["Resource"] = resource
    if condition is not None:
        s["Condition"] = condition
    return s


def allow(action="*", resource="*", condition=None, **kw):
    return stmt("Allow", action, resource, condition, **kw)


def deny(action="*", resource="*", condition=None, **kw):
    return stmt("Deny", action, resource, condition, **kw)


FULL_ACCESS = policy(allow("*", "*"))


def case(id, doc, expected, principal, action, resource, context=None, resource_account=None,
         identity=(), resource_policy=None, boundary=None, session_policy=None, scps=None, rcps=None,
         error=False, raw=None):
    """One case. ``principal`` is a (arn, context) pair from user()/session()/federated()."""
    arn, base_ctx = principal
    ctx = dict(base_ctx)
    for k, v in (context or {}).items():
        if v is ABSENT:
            ctx.pop(k, None)
        else:
            ctx[k] = v
    request = {"principal": arn, "action": action, "resource": resource}
    if resource_account is not None:
        request["resourceAccount"] = resource_account
    request["context"] = ctx
    c = {"id": id, "doc": doc, "request": request, "identityPolicies": list(identity)}
    if resource_policy is not None:
        c["resourcePolicy"] = resource_policy
    if boundary is not None:
        c["permissionBoundaries"] = [boundary]
    if session_policy is not None:
        c["sessionPolicy"] = session_policy
    if scps is not None:
        c["scps"] = scps
    if rcps is not None:
        c["rcps"] = rcps
    if raw:
        c.update(raw)
    c["expected"] = {"error": True} if error else {"decision": expected}
    return c


def condition_case(id, doc, operator, key, values, ctx_value, expected, principal=None, version=V12):
    """An identity policy that allows s3:GetObject only under one condition; the request sets
    ``key`` to ``ctx_value`` (or leaves it out with ABSENT). ``expected`` is stated by the author."""
    principal = principal or user()
    ctx = {key: ctx_value}
    return case(id, doc, expected, principal, "s3:GetObject", "arn:aws:s3:::acme-data/reports/q1.csv",
                context=ctx, identity=[policy(allow("s3:GetObject", "arn:aws:s3:::acme-data/*",
                                                    {operator: {key: values}}), version=version)])
