using System.Net;
using Rampart.Core;
using Rampart.Iam.Catalog;
using Rampart.Iam.Conditions;
using Rampart.Iam.Policies;

namespace Rampart.Iam.Lint;

/// <summary>Checks of <c>Condition</c> blocks: keys, operators, value types and set operators.</summary>
public static class ConditionChecks
{
    private static readonly IPNetwork[] PrivateRanges =
        [IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("172.16.0.0/12"), IPNetwork.Parse("192.168.0.0/16"), IPNetwork.Parse("fc00::/7")];

    /// <summary>The checks in this group.</summary>
    public static IReadOnlyList<LintCheck> All { get; } =
    [
        new(
            "unknown-condition-key",
            LintSeverity.Error,
            "condition key does not exist",
            "The key is not an AWS global condition key nor a key of its service, so it is never in the request context: the condition fails (or, with `…IfExists` and negated operators, always holds).",
            DocsUrl.GlobalKeys,
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"Bool":{"aws:SecureTransports":"true"}}}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"true"}}}]}"""),
            c => Clauses(c).Where(x => IsJudgeable(c, x.Clause.Key) && c.Catalog.FindConditionKey(x.Clause.Key) is null)
                .Select(x => new LintHit($"unknown condition key `{x.Clause.Key}`", x.Clause.KeyLocation))),
        new(
            "condition-key-not-supported",
            LintSeverity.Warning,
            "no action of the statement supports the condition key",
            "Service condition keys are set only for the actions that list them; for the others the key is absent. Check the Service Authorization Reference for the actions that support the key.",
            DocsUrl.ServiceAuthorization,
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*","Condition":{"StringLike":{"s3:prefix":"home/*"}}}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::reports","Condition":{"StringLike":{"s3:prefix":"home/*"}}}]}"""),
            UnsupportedKeys),
        new(
            "operator-type-mismatch",
            LintSeverity.Warning,
            "condition operator does not fit the key's type",
            "Each condition key has a type (string, number, date, boolean, IP address, ARN); an operator of another family never compares as intended (for example `NumericLessThan` on a string key, or `StringEquals` on `aws:SourceIp`).",
            DocsUrl.ConditionOperators,
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"aws:SourceIp":"203.0.113.0/24"}}}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}}]}"""),
            c => Clauses(c).Where(x => x.Clause.Operator.Family != OperatorFamily.Null
                    && c.Catalog.FindConditionKey(x.Clause.Key) is { } type && !Fits(x.Clause.Operator.Family, type, x.Clause.Key))
                .Select(x => new LintHit($"`{x.Clause.OperatorText}` does not fit `{x.Clause.Key}`, whose type is {c.Catalog.FindConditionKey(x.Clause.Key)}", x.Clause.OperatorLocation))),
        new(
            "invalid-condition-value",
            LintSeverity.Error,
            "condition value does not parse for its operator",
            "Numeric operators need numbers, date operators ISO 8601 dates or epoch seconds, `Bool` and `Null` `true` or `false`, IP operators addresses or CIDR blocks, `BinaryEquals` base64. A value that does not parse never matches.",
            DocsUrl.ConditionOperators,
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"DateGreaterThan":{"aws:CurrentTime":"next tuesday"}}}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"DateGreaterThan":{"aws:CurrentTime":"2026-01-01T00:00:00Z"}}}]}"""),
            c => Clauses(c).SelectMany(x => x.Clause.Values.Where(v => !Parses(x.Clause.Operator.Family, v))
                .Select(v => new LintHit($"`{v.Text.Text}` is not a valid {x.Clause.Operator.Family} value for `{x.Clause.OperatorText}`", v.Location)))),
        new(
            "set-operator-on-single-valued-key",
            LintSeverity.Warning,
            "ForAllValues/ForAnyValue on a single-valued key",
            "Set operators are for multivalued keys (`aws:TagKeys`, `aws:CalledVia`, …). On a single-valued key `ForAllValues` also holds when the key is absent, which is rarely meant; use the plain operator.",
            DocsUrl.MultivaluedKeys,
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"ForAllValues:StringEquals":{"aws:PrincipalTag/team":"blue"}}}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalTag/team":"blue"}}}]}"""),
            c => Clauses(c).Where(x => x.Clause.Set != SetOperator.None && c.Catalog.FindConditionKey(x.Clause.Key) is { } t && !IsMultivalued(t))
                .Select(x => new LintHit($"`{x.Clause.OperatorText}` is a set operator but `{x.Clause.Key}` is single-valued", x.Clause.OperatorLocation))),
        new(
            "multivalued-key-without-set-operator",
            LintSeverity.Warning,
            "multivalued key without ForAllValues/ForAnyValue",
            "A multivalued key (`aws:TagKeys`, `aws:PrincipalOrgPaths`, …) needs `ForAnyValue:` or `ForAllValues:` to say how its values are compared; without one the condition does not do what it reads like.",
            DocsUrl.MultivaluedKeys,
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:CreateTags","Resource":"*","Condition":{"StringEquals":{"aws:TagKeys":["team","env"]}}}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:CreateTags","Resource":"*","Condition":{"ForAllValues:StringEquals":{"aws:TagKeys":["team","env"]},"Null":{"aws:TagKeys":"false"}}}]}"""),
            c => Clauses(c).Where(x => x.Clause.Set == SetOperator.None && x.Clause.Operator.Family != OperatorFamily.Null
                    && c.Catalog.FindConditionKey(x.Clause.Key) is { } t && IsMultivalued(t))
                .Select(x => new LintHit($"`{x.Clause.Key}` is multivalued: say `ForAnyValue:{x.Clause.OperatorText}` or `ForAllValues:{x.Clause.OperatorText}`", x.Clause.OperatorLocation))),
        new(
            "for-all-values-allows-missing-key",
            LintSeverity.SecurityWarning,
            "Allow with ForAllValues and no Null check",
            "`ForAllValues` holds when the key is absent or empty, so an `Allow` with it also allows requests that send no values at all (for example no tags). Add `\"Null\": {\"<key>\": \"false\"}`.",
            DocsUrl.MultivaluedKeys,
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:CreateTags","Resource":"*","Condition":{"ForAllValues:StringEquals":{"aws:TagKeys":["team","env"]}}}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:CreateTags","Resource":"*","Condition":{"ForAllValues:StringEquals":{"aws:TagKeys":["team","env"]},"Null":{"aws:TagKeys":"false"}}}]}"""),
            c => c.Allows.SelectMany(s => s.Conditions
                .Where(x => x.Set == SetOperator.ForAllValues && !HasNullFalse(s, x.Key))
                .Select(x => new LintHit($"`{x.OperatorText}` on `{x.Key}` also allows requests without `{x.Key}`; add `\"Null\": {{\"{x.Key}\": \"false\"}}`", x.OperatorLocation)))),
        new(
            "like-without-wildcard",
            LintSeverity.Suggestion,
            "StringLike/ArnLike value without a wildcard",
            "A `…Like` value without `*` or `?` is an exact comparison; `StringEquals`/`ArnEquals` says so plainly.",
            DocsUrl.ConditionOperators,
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringLike":{"aws:PrincipalTag/team":"blue"}}}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalTag/team":"blue"}}}]}"""),
            c => Clauses(c).Where(x => x.Clause.Operator.Comparison == Comparison.Like
                    && x.Clause.Values.All(v => !Wildcard.HasWildcard(v.Text.Text)))
                .Select(x => new LintHit($"`{x.Clause.OperatorText}` on `{x.Clause.Key}` has no wildcard in its values; use the `…Equals` form", x.Clause.OperatorLocation))),
        new(
            "wildcard-in-equals",
            LintSeverity.Warning,
            "wildcard in a StringEquals value",
            "`StringEquals` compares literally: `*` and `?` in its values match only those characters. Use `StringLike` for a pattern.",
            DocsUrl.ConditionOperators,
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::reports","Condition":{"StringEquals":{"s3:prefix":"home/*"}}}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::reports","Condition":{"StringLike":{"s3:prefix":"home/*"}}}]}"""),
            c => Clauses(c).Where(x => x.Clause.Operator.Family == OperatorFamily.String && x.Clause.Operator.Comparison is Comparison.Equals or Comparison.EqualsIgnoreCase)
                .SelectMany(x => x.Clause.Values.Where(v => LiteralWildcard(v.Text.Text))
                    .Select(v => new LintHit($"`{v.Text.Text}` in `{x.Clause.OperatorText}` is compared literally, `*` included; use `StringLike`", v.Location)))),
        new(
            "mfa-bool-in-deny",
            LintSeverity.SecurityWarning,
            "Deny on aws:MultiFactorAuthPresent false with Bool",
            "Requests signed with long-term access keys carry no `aws:MultiFactorAuthPresent`, so `\"Bool\": {\"aws:MultiFactorAuthPresent\": \"false\"}` does not deny them. Use `BoolIfExists`.",
            DocsUrl.Iam + "reference_policies_condition-keys.html#condition-keys-multifactorauthpresent",
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"false"}}}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}"""),
            c => c.Statements.Where(s => s.Effect == Effect.Deny).SelectMany(s => s.Conditions)
                .Where(x => x.Operator.Family == OperatorFamily.Bool && !x.IfExists && x.Set == SetOperator.None
                    && x.Key.Equals("aws:MultiFactorAuthPresent", StringComparison.OrdinalIgnoreCase) && x.Values.Any(v => v.Boolean == false))
                .Select(x => new LintHit("`Bool` on `aws:MultiFactorAuthPresent` does not deny requests made with long-term keys; use `BoolIfExists`", x.OperatorLocation))),
        new(
            "private-source-ip",
            LintSeverity.Warning,
            "aws:SourceIp with a private address range",
            "`aws:SourceIp` holds the public address a request comes from; requests through a VPC endpoint carry none. Private ranges never match it: use `aws:VpcSourceIp` or `aws:SourceVpce`.",
            DocsUrl.GlobalKeys + "#condition-keys-sourceip",
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"IpAddress":{"aws:VpcSourceIp":"10.0.0.0/8"}}}]}"""),
            c => Clauses(c).Where(x => x.Clause.Operator.Family == OperatorFamily.IpAddress && x.Clause.Key.Equals("aws:SourceIp", StringComparison.OrdinalIgnoreCase))
                .SelectMany(x => x.Clause.Values.Where(v => IsPrivate(v.Text.Text))
                    .Select(v => new LintHit($"`{v.Text.Text}` is a private range, which `aws:SourceIp` never holds; use `aws:VpcSourceIp`", v.Location)))),
        new(
            "unknown-policy-variable",
            LintSeverity.Warning,
            "policy variable names an unknown key",
            "A policy variable whose key is not in the request context makes the string unmatchable (without a default). Check the key's name.",
            DocsUrl.Iam + "reference_policies_variables.html",
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::home/${aws:user-name}/*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::home/${aws:username}/*"}]}"""),
            UnknownVariables),
    ];

    private static IEnumerable<(Statement Statement, ConditionClause Clause)> Clauses(LintContext context) =>
        context.Statements.SelectMany(s => s.Conditions.Select(c => (s, c)));

    private static bool IsJudgeable(LintContext context, string key) =>
        key.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon
        && (key[..colon].Equals("aws", StringComparison.OrdinalIgnoreCase) || context.Catalog.FindService(key[..colon]) is not null);

    private static bool IsMultivalued(ConditionKeyType type) => type.ToString().StartsWith("ArrayOf", StringComparison.Ordinal);

    private static bool Fits(OperatorFamily family, ConditionKeyType type, string key) => (family, type) switch
    {
        (OperatorFamily.String, ConditionKeyType.String or ConditionKeyType.ArrayOfString or ConditionKeyType.ARN or ConditionKeyType.ArrayOfARN) => true,
        (OperatorFamily.Arn, ConditionKeyType.ARN or ConditionKeyType.ArrayOfARN) => true,
        (OperatorFamily.Numeric, ConditionKeyType.Numeric or ConditionKeyType.ArrayOfNumeric) => true,
        (OperatorFamily.Numeric, ConditionKeyType.Date) => key.Equals("aws:EpochTime", StringComparison.OrdinalIgnoreCase),
        (OperatorFamily.Date, ConditionKeyType.Date or ConditionKeyType.ArrayOfDate) => true,
        (OperatorFamily.Bool, ConditionKeyType.Bool or ConditionKeyType.ArrayOfBool) => true,
        (OperatorFamily.IpAddress, ConditionKeyType.IPAddress or ConditionKeyType.ArrayOfIPAddress) => true,
        (OperatorFamily.Binary, ConditionKeyType.Binary) => true,
        _ => false,
    };

    private static bool Parses(OperatorFamily family, ConditionValue value) => family switch
    {
        OperatorFamily.Numeric => value.Number is not null,
        OperatorFamily.Date => value.Ticks is not null,
        OperatorFamily.Bool or OperatorFamily.Null => value.Boolean is not null || value.Text.HasVariables,
        OperatorFamily.Binary => value.Bytes is not null,
        OperatorFamily.IpAddress => value.Network is not null,
        _ => true,
    };

    private static bool HasNullFalse(Statement statement, string key) =>
        statement.Conditions.Any(c => c.Operator.Family == OperatorFamily.Null && c.Key.Equals(key, StringComparison.OrdinalIgnoreCase) && c.Values.All(v => v.Boolean == false));

    private static bool LiteralWildcard(string text)
    {
        var withoutVariables = text.Replace("${*}", string.Empty, StringComparison.Ordinal).Replace("${?}", string.Empty, StringComparison.Ordinal);
        return Wildcard.HasWildcard(withoutVariables);
    }

    private static bool IsPrivate(string cidr)
    {
        if (!IPNetwork.TryParse(cidr.Contains('/', StringComparison.Ordinal) ? cidr : cidr + (cidr.Contains(':', StringComparison.Ordinal) ? "/128" : "/32"), out var network))
        {
            return false;
        }

        return PrivateRanges.Any(range => range.BaseAddress.AddressFamily == network.BaseAddress.AddressFamily
            && range.Contains(network.BaseAddress) && network.PrefixLength >= range.PrefixLength);
    }

    private static IEnumerable<LintHit> UnknownVariables(LintContext context)
    {
        foreach (var statement in context.Statements)
        {
            var resources = statement.Resource is null ? [] : statement.Resource.Patterns.Select((p, i) => (p, statement.Resource.Locations[i]));
            var values = statement.Conditions.SelectMany(c => c.Values.Select(v => (v.Text, v.Location)));
            foreach (var (text, location) in resources.Concat(values))
            {
                foreach (var key in text.VariableKeys.Where(k => IsJudgeable(context, k) && context.Catalog.FindConditionKey(k) is null))
                {
                    yield return new LintHit($"`${{{key}}}` in `{text.Text}` names an unknown key", location);
                }
            }
        }
    }

    private static IEnumerable<LintHit> UnsupportedKeys(LintContext context)
    {
        foreach (var statement in context.Statements)
        {
            if (statement.Action.IsNot || statement.Action.Patterns.Any(p => Wildcard.HasWildcard(p)))
            {
                continue;
            }

            var actions = context.ExplicitActionsOf(statement).ToList();
            if (actions.Count != statement.Action.Patterns.Count)
            {
                continue;
            }

            foreach (var clause in statement.Conditions)
            {
                var prefix = clause.Key.Split(':')[0];
                if (prefix.Equals("aws", StringComparison.OrdinalIgnoreCase) || context.Catalog.FindConditionKey(clause.Key) is null)
                {
                    continue;
                }

                if (!actions.Any(a => a.AllConditionKeys.Any(k => ConditionKeyName.Matches(k, clause.Key))))
                {
                    yield return new LintHit(
                        $"`{clause.Key}` is not set for {string.Join(", ", actions.Select(a => $"`{a.FullName}`"))}",
                        clause.KeyLocation);
                }
            }
        }
    }
}
