using System.Text.Json.Nodes;

namespace Rampart.Iam.Tests.Differential;

/// <summary>
/// Seeded random cases in the eval format for the differential test: a principal from two
/// accounts, an action on a resource of its service, a context of typed keys, and identity,
/// resource, boundary, session, SCP and RCP policies whose statements are built from the request
/// (so that they often apply) with wildcards, variables, Not-elements and every condition operator.
/// Wildcards in the service and resource-type segments of ARNs (documented as incorrect usage) are
/// not generated.
/// </summary>
public sealed class RandomCaseGenerator(int seed)
{
    private const string A = "111122223333";
    private const string B = "444455556666";

    private static readonly (string Action, string Resource)[] Requests =
    [
        ("s3:GetObject", "arn:aws:s3:::acme-data/home/alice/notes.txt"),
        ("s3:PutObject", "arn:aws:s3:::acme-data/reports/q1.csv"),
        ("s3:ListBucket", "arn:aws:s3:::acme-data"),
        ("s3:ListAllMyBuckets", "*"),
        ("ec2:StartInstances", "arn:aws:ec2:us-east-1:{0}:instance/i-0abc1234"),
        ("ec2:DescribeInstances", "*"),
        ("iam:CreateUser", "arn:aws:iam::{0}:user/bob"),
        ("kms:Decrypt", "arn:aws:kms:us-east-1:{0}:key/1234abcd-12ab"),
        ("sts:AssumeRole", "arn:aws:iam::{0}:role/deployer"),
        ("dynamodb:GetItem", "arn:aws:dynamodb:us-east-1:{0}:table/team-blue-events"),
        ("sqs:SendMessage", "arn:aws:sqs:eu-west-1:{0}:jobs"),
        ("sts:GetCallerIdentity", "*"),
        ("logs:PutLogEvents", "arn:aws:logs:us-east-1:{0}:log-group:app:log-stream:web-1"),
    ];

    private static readonly string[] OtherActions = ["s3:DeleteObject", "ec2:StopInstances", "iam:DeleteUser", "kms:Encrypt", "sqs:ReceiveMessage", "sts:TagSession"];
    private static readonly string[] Teams = ["blue", "red", "Blue"];
    private static readonly string[] Ips = ["203.0.113.10", "198.51.100.7", "10.1.2.3", "2001:db8:1234::9", "2001:db9::1"];
    private static readonly string[] Cidrs = ["203.0.113.0/24", "198.51.100.0/25", "10.0.0.0/8", "0.0.0.0/0", "2001:db8::/32", "203.0.113.10", "::/0", "203.0.113.77/24", "2001:DB8:1234::/48", "10.1.2.3/32"];
    private static readonly string[] Dates = ["2025-06-01T12:00:00Z", "2025-01-01T00:00:00Z", "2026-03-15T08:30:00Z", "1748779200", "2025-06-01", "2025-06-01T14:00:00+02:00", "2025-06-01T12:00:00.250Z"];
    private static readonly string[] Numbers = ["0", "10", "3600", "86400", "10.5", "-1", "010"];
    private static readonly string[] TagKeys = ["team", "env", "owner", "secret"];
    private static readonly string[] Services = ["athena.amazonaws.com", "cloudformation.amazonaws.com"];
    private static readonly string[] StringOps = ["StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike"];
    private static readonly string[] NumericOps = ["NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals"];
    private static readonly string[] DateOps = ["DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals"];
    private static readonly string[] ArnOps = ["ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike"];

    private readonly Random _random = new(seed);

    /// <summary>The next case, with id <c>r-SEED-INDEX</c>.</summary>
    public string Next(int index)
    {
        var caller = PickCaller();
        var (action, template) = Pick(Requests);
        var resourceAccount = Chance(0.3) ? B : A;
        var resource = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, resourceAccount);
        var request = new JsonObject { ["principal"] = caller.Arn, ["action"] = Chance(0.1) ? action.ToUpperInvariant() : action, ["resource"] = resource };
        if (resource.StartsWith("arn:aws:s3:::", StringComparison.Ordinal))
        {
            request["resourceAccount"] = resourceAccount;
        }

        request["context"] = Context(caller);
        var r = new Req(caller, action, resource, resourceAccount);
        var line = new JsonObject { ["id"] = $"r-{seed}-{index}", ["request"] = request, ["identityPolicies"] = Policies(r, Kind.Identity, _random.Next(0, 3)) };
        if (Chance(0.45))
        {
            line["resourcePolicy"] = Policy(r, Kind.Resource);
        }

        if (Chance(0.2))
        {
            line["permissionBoundaries"] = Policies(r, Kind.Identity, 1);
        }

        if (caller.Kind != "User" && Chance(0.35))
        {
            line["sessionPolicy"] = Policy(r, Kind.Identity);
        }

        if (Chance(0.3))
        {
            line["scps"] = Levels(r, Kind.Scp);
        }

        if (Chance(0.25))
        {
            line["rcps"] = Levels(r, Kind.Rcp);
        }

        return line.ToJsonString();
    }

    private enum Kind
    {
        Identity,
        Resource,
        Scp,
        Rcp,
    }

    private sealed record Caller(string Kind, string Arn, string Account, string PrincipalArn, string? UserName, string? Role);

    private sealed record Req(Caller Caller, string Action, string Resource, string ResourceAccount);

    private Caller PickCaller() => _random.Next(7) switch
    {
        0 => new("User", $"arn:aws:iam::{A}:user/alice", A, $"arn:aws:iam::{A}:user/alice", "alice", null),
        1 => new("User", $"arn:aws:iam::{A}:user/engineering/bob", A, $"arn:aws:iam::{A}:user/engineering/bob", "bob", null),
        2 => new("AssumedRole", $"arn:aws:sts::{A}:assumed-role/dev/carol", A, $"arn:aws:iam::{A}:role/dev", null, "dev"),
        3 => new("AssumedRole", $"arn:aws:sts::{A}:assumed-role/admin/dan", A, $"arn:aws:iam::{A}:role/admin", null, "admin"),
        4 => new("FederatedUser", $"arn:aws:sts::{A}:federated-user/erin", A, $"arn:aws:sts::{A}:federated-user/erin", null, null),
        5 => new("AssumedRole", $"arn:aws:sts::{B}:assumed-role/partner/dana", B, $"arn:aws:iam::{B}:role/partner", null, "partner"),
        _ => new("User", $"arn:aws:iam::{B}:user/frank", B, $"arn:aws:iam::{B}:user/frank", "frank", null),
    };

    private JsonObject Context(Caller caller)
    {
        var ctx = new JsonObject
        {
            ["aws:PrincipalArn"] = caller.PrincipalArn,
            ["aws:PrincipalAccount"] = caller.Account,
            ["aws:PrincipalType"] = caller.Kind,
        };
        if (caller.UserName is not null)
        {
            ctx["aws:username"] = caller.UserName;
        }

        if (caller.Kind == "AssumedRole" && Chance(0.8))
        {
            ctx["aws:TokenIssueTime"] = Pick(Dates);
        }

        void Maybe(string key, Func<JsonNode> value, double p = 0.5)
        {
            if (Chance(p))
            {
                ctx[key] = value();
            }
        }

        Maybe("aws:PrincipalTag/team", () => Pick(Teams));
        Maybe("aws:ResourceTag/team", () => Pick(Teams));
        Maybe("aws:RequestTag/team", () => Pick(Teams), 0.3);
        Maybe("aws:SourceIp", () => Pick(Ips), 0.7);
        Maybe("aws:CurrentTime", () => Pick(Dates), 0.6);
        Maybe("aws:SecureTransport", () => Chance(0.7) ? "true" : "false", 0.7);
        Maybe("aws:MultiFactorAuthPresent", () => Chance(0.5) ? "true" : "false", 0.4);
        Maybe("aws:MultiFactorAuthAge", () => Pick(Numbers), 0.3);
        Maybe("aws:PrincipalOrgID", () => Chance(0.8) ? "o-a1b2c3d4e5" : "o-zzzzzzzzzz", 0.6);
        Maybe("aws:RequestedRegion", () => Pick(["us-east-1", "eu-west-1"]), 0.5);
        Maybe("aws:TagKeys", () => new JsonArray([.. Subset(TagKeys).Select(k => JsonValue.Create(k))]), 0.4);
        Maybe("aws:CalledVia", () => new JsonArray([.. Subset(Services).Select(k => JsonValue.Create(k))]), 0.3);
        Maybe("aws:SourceArn", () => Pick(["arn:aws:sns:us-east-1:111122223333:alerts", "arn:aws:s3:::acme-logs", $"arn:aws:iam::{A}:role/dev"]), 0.4);
        Maybe("s3:max-keys", () => Pick(Numbers), 0.3);
        return ctx;
    }

    private JsonArray Policies(Req r, Kind kind, int count) => new([.. Enumerable.Range(0, count).Select(_ => (JsonNode)Policy(r, kind))]);

    private JsonArray Levels(Req r, Kind kind)
    {
        var levels = new JsonArray();
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            var level = new JsonArray();
            if (kind == Kind.Scp && Chance(0.85))
            {
                level.Add(new JsonObject { ["Version"] = "2012-10-17", ["Statement"] = new JsonArray(new JsonObject { ["Effect"] = "Allow", ["Action"] = "*", ["Resource"] = "*" }) });
            }

            if (Chance(kind == Kind.Scp ? 0.4 : 0.6))
            {
                level.Add(Policy(r, kind));
            }

            levels.Add(level);
        }

        return levels;
    }

    private JsonObject Policy(Req r, Kind kind)
    {
        var statements = new JsonArray();
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            statements.Add(Statement(r, kind));
        }

        var policy = new JsonObject();
        if (Chance(0.95))
        {
            policy["Version"] = Chance(0.9) ? "2012-10-17" : "2008-10-17";
        }

        policy["Statement"] = statements.Count == 1 && Chance(0.3) ? statements[0]!.DeepClone() : statements;
        return Chance(0.01) ? Corrupt(policy, kind) : policy;
    }

    private JsonObject Statement(Req r, Kind kind)
    {
        var allow = kind != Kind.Rcp && Chance(kind == Kind.Scp ? 0.5 : 0.7);
        var s = new JsonObject { ["Effect"] = allow ? "Allow" : "Deny" };
        if (kind == Kind.Rcp)
        {
            s["Principal"] = "*";
        }
        else if (kind == Kind.Resource)
        {
            if (!allow && Chance(0.2))
            {
                s["NotPrincipal"] = Chance(0.4) ? FullChain(r.Caller) : Principal(r, notPrincipal: true);
            }
            else
            {
                s["Principal"] = Principal(r, notPrincipal: false);
            }
        }

        s[Chance(0.15) ? "NotAction" : "Action"] = Elements(() => ActionPattern(r.Action));
        var trust = kind == Kind.Resource && r.Resource.Contains(":role/", StringComparison.Ordinal) && Chance(0.9);
        if (!trust)
        {
            s[Chance(0.15) ? "NotResource" : "Resource"] = Elements(() => ResourcePattern(r));
        }

        if (Chance(0.55))
        {
            var condition = new JsonObject();
            for (var i = _random.Next(1, 3); i > 0; i--)
            {
                var (op, key, values) = ConditionEntry(r);
                key = Chance(0.1) ? key.ToUpperInvariant() : key;
                if (condition[op] is JsonObject existing)
                {
                    existing[key] = values;
                }
                else
                {
                    condition[op] = new JsonObject { [key] = values };
                }
            }

            s["Condition"] = condition;
        }

        return s;
    }

    private JsonNode Principal(Req r, bool notPrincipal)
    {
        var c = r.Caller;
        string One() => _random.Next(9) switch
        {
            0 => "*",
            1 => c.Account,
            2 => $"arn:aws:iam::{c.Account}:root",
            3 => c.Role is null ? c.Arn : $"arn:aws:iam::{c.Account}:role/{c.Role}",
            4 => c.Arn,
            5 => $"arn:aws:iam::{B}:root",
            6 => $"arn:aws:iam::{A}:role/admin",
            7 => $"arn:aws:sts::{A}:assumed-role/dev/someone-else",
            _ => $"arn:aws:iam::{A}:user/alice",
        };
        if (!notPrincipal && Chance(0.1))
        {
            return Chance(0.5) ? "*" : new JsonObject { ["Service"] = "lambda.amazonaws.com" };
        }

        var list = new JsonArray();
        for (var i = _random.Next(1, notPrincipal ? 4 : 3); i > 0; i--)
        {
            var value = One();
            if (notPrincipal && value == "*")
            {
                value = c.Arn;
            }

            list.Add(value);
        }

        return new JsonObject { ["AWS"] = list.Count == 1 ? list[0]!.DeepClone() : list };
    }

    /// <summary>An invalid document now and then: both evaluators must answer it with an error.</summary>
    private JsonObject Corrupt(JsonObject policy, Kind kind)
    {
        var statement = policy["Statement"] is JsonArray array ? (JsonObject)array[0]! : (JsonObject)policy["Statement"]!;
        switch (_random.Next(5))
        {
            case 0:
                statement["Effect"] = "allow";
                break;
            case 1:
                statement["Condition"] = new JsonObject { ["StringEqualz"] = new JsonObject { ["aws:username"] = "alice" } };
                break;
            case 2:
                statement.Remove("Action");
                statement.Remove("NotAction");
                break;
            case 3:
                statement[kind is Kind.Resource or Kind.Rcp ? "Sid" : "Principal"] = kind is Kind.Resource or Kind.Rcp ? new JsonArray() : "*";
                break;
            default:
                policy["Version"] = "2012-10-18";
                break;
        }

        return policy;
    }

    private JsonNode FullChain(Caller c)
    {
        var chain = new JsonArray($"arn:aws:iam::{c.Account}:root", c.Arn);
        if (c.Role is not null)
        {
            chain.Add($"arn:aws:iam::{c.Account}:role/{c.Role}");
        }

        return new JsonObject { ["AWS"] = chain };
    }

    private JsonNode Elements(Func<string> make)
    {
        var n = _random.Next(1, 3);
        return n == 1 ? JsonValue.Create(make())! : new JsonArray([.. Enumerable.Range(0, n).Select(_ => JsonValue.Create(make()))]);
    }

    private string ActionPattern(string action)
    {
        var (service, name) = (action[..action.IndexOf(':', StringComparison.Ordinal)], action[(action.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        return _random.Next(8) switch
        {
            0 => "*",
            1 => $"{service}:*",
            2 => $"{service}:{name[..3]}*",
            3 => $"{service}:{name[..^2]}?{name[^1]}",
            4 => Pick(OtherActions),
            5 => action.ToLowerInvariant(),
            6 => $"{service}:*{name[^4..]}",
            _ => action,
        };
    }

    private string ResourcePattern(Req r)
    {
        var resource = r.Resource == "*" ? "arn:aws:s3:::acme-data" : r.Resource;
        var cut = resource.LastIndexOfAny(['/', ':']) + 1;
        return _random.Next(10) switch
        {
            0 or 1 => "*",
            2 => resource[..cut] + "*",
            3 => resource.Length - cut > 2 ? resource[..(cut + 1)] + "?" + resource[(cut + 2)..] : resource,
            4 => "arn:aws:s3:::acme-data/home/${aws:username}/*",
            5 => "arn:aws:dynamodb:us-east-1:*:table/team-${aws:PrincipalTag/team}-events",
            6 => "arn:aws:s3:::acme-data/${aws:PrincipalTag/team, 'reports'}/*",
            7 => resource.Replace("us-east-1", "*", StringComparison.Ordinal).Replace(A, "*", StringComparison.Ordinal),
            8 => "arn:aws:s3:::other-bucket/*",
            _ => resource,
        };
    }

    private (string Op, string Key, JsonNode Values) ConditionEntry(Req r)
    {
        var ifExists = Chance(0.2) ? "IfExists" : "";
        switch (_random.Next(11))
        {
            case 0:
                return (Pick(StringOps) + ifExists, Pick(["aws:PrincipalTag/team", "aws:ResourceTag/team", "aws:RequestTag/team"]),
                    Values(() => Pick(["blue", "red", "BLUE", "b*", "${aws:PrincipalTag/team}", "?ed"])));
            case 1:
                return (Pick(StringOps) + ifExists, Pick(["aws:PrincipalOrgID", "aws:RequestedRegion", "aws:username"]),
                    Values(() => Pick(["o-a1b2c3d4e5", "us-east-1", "eu-*", "alice", "${aws:username}", "${aws:username, 'alice'}", "${aws:PrincipalTag/team, 'blue'}", "${*}", "o-a1b2c3d4e5${?}"])));
            case 2:
                var set = Chance(0.1) ? "" : Chance(0.5) ? "ForAnyValue:" : "ForAllValues:";
                return (set + Pick(StringOps) + ifExists, Pick(["aws:TagKeys", "aws:CalledVia"]),
                    Values(() => Pick(["team", "env", "secret", "*.amazonaws.com", "athena.amazonaws.com", "t*"])));
            case 3:
                return ((Chance(0.5) ? "IpAddress" : "NotIpAddress") + ifExists, "aws:SourceIp", Values(() => Pick(Cidrs)));
            case 4:
                return (Pick(DateOps) + ifExists, Pick(["aws:CurrentTime", "aws:TokenIssueTime"]), Values(() => Pick(Dates)));
            case 5:
                return (Pick(NumericOps) + ifExists, Pick(["aws:MultiFactorAuthAge", "s3:max-keys"]), Values(() => Pick(Numbers)));
            case 6:
                return ("Bool" + ifExists, Pick(["aws:SecureTransport", "aws:MultiFactorAuthPresent"]), Chance(0.5) ? "true" : JsonValue.Create(false));
            case 7:
                return (Pick(ArnOps) + ifExists, Pick(["aws:SourceArn", "aws:PrincipalArn"]),
                    Values(() => Pick(["arn:aws:sns:*:111122223333:*", "arn:aws:iam::*:role/dev", "arn:aws:s3:::acme-*", $"arn:aws:iam::{A}:user/*", "arn:aws:iam::${aws:PrincipalAccount}:role/*"])));
            case 8:
                return ("Null", Pick(["aws:TokenIssueTime", "aws:PrincipalTag/team", "aws:TagKeys", "aws:SourceIp"]), Chance(0.5) ? "true" : "false");
            case 9:
                return ("StringEquals", "aws:PrincipalAccount", JsonValue.Create(r.ResourceAccount)!);
            default:
                return ("DateLessThan" + ifExists, "aws:TokenIssueTime", JsonValue.Create(Pick(Dates))!);
        }
    }

    private JsonNode Values(Func<string> make) => Elements(make);

    private List<string> Subset(string[] items) => [.. items.Where(_ => Chance(0.4))];

    private bool Chance(double p) => _random.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
