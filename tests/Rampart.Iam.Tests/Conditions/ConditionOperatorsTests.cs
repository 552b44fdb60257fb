using System.Text.Json;
using Rampart.Iam.Conditions;
using Rampart.Iam.Policies;
using Rampart.Iam.Requests;

namespace Rampart.Iam.Tests.Conditions;

public class ConditionOperatorsTests
{
    public static TheoryData<string> Names() => [.. ConditionOperators.All.Select(o => o.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Example_EveryOperator_HoldsForItsOwnExample(string name)
    {
        var op = ConditionOperators.Find(name)!;
        var context = op.Example.Request == "(absent)" ? new RequestContext() : new RequestContext().With("test:key", ContextValue.Of(op.Example.Request));

        Clause(name, op.Example.Policy).Evaluate(context).ShouldBeTrue($"{name}: {op.Docs}");
    }

    [Theory]
    [InlineData("ForAnyValue:StringLikeIfExists", true, "StringLike", true)]
    [InlineData("forallvalues:stringequals", true, "StringEquals", false)]
    [InlineData("NumericLessThanEqualsIfExists", false, "NumericLessThanEquals", true)]
    public void Parse_QualifiersAndSuffix_AreRecognised(string text, bool hasSet, string baseName, bool ifExists)
    {
        var parsed = ConditionOperators.Parse(text)!.Value;

        (parsed.Set != SetOperator.None).ShouldBe(hasSet);
        parsed.Operator.Name.ShouldBe(baseName);
        parsed.IfExists.ShouldBe(ifExists);
    }

    [Theory]
    [InlineData("StringEqualz")]
    [InlineData("ForSomeValues:StringEquals")]
    [InlineData("NullIfExists")]
    [InlineData("ForAnyValue:Null")]
    public void Parse_Unknown_IsNull(string text) => ConditionOperators.Parse(text).ShouldBeNull();

    [Theory]
    [InlineData("StringNotEquals", "a", null, true)]
    [InlineData("StringEquals", "a", null, false)]
    [InlineData("StringEqualsIfExists", "a", null, true)]
    [InlineData("ForAllValues:StringEquals", "a", null, true)]
    [InlineData("ForAnyValue:StringEquals", "a", null, false)]
    [InlineData("ForAnyValue:StringEqualsIfExists", "a", null, false)]
    [InlineData("ForAllValues:StringEquals", "a", "", true)]
    [InlineData("ForAnyValue:StringEquals", "a", "", false)]
    [InlineData("ForAllValues:StringEquals", "a", "a,b", false)]
    [InlineData("ForAnyValue:StringEquals", "a", "a,b", true)]
    [InlineData("ForAnyValue:StringNotEquals", "a", "a,b", true)]
    [InlineData("ForAllValues:StringNotEquals", "a", "b,c", true)]
    [InlineData("StringEquals", "a", "a,b", false)]
    [InlineData("Null", "true", "", true)]
    [InlineData("Null", "false", "a", true)]
    public void Evaluate_MissingEmptyAndMultivaluedKeys_FollowAws(string op, string policyValue, string? requestValues, bool expected)
    {
        var context = new RequestContext();
        if (requestValues is not null)
        {
            context.With("test:key", ContextValue.Of(requestValues.Length == 0 ? [] : requestValues.Split(',')));
        }

        Clause(op, policyValue).Evaluate(context).ShouldBe(expected);
    }

    [Theory]
    [InlineData("IpAddress", "2001:db8::/32", "2001:db8:1234::9fc", true)]
    [InlineData("IpAddress", "0.0.0.0/0", "10.1.2.3", true)]
    [InlineData("IpAddress", "10.0.0.0/8", "2001:db8::1", false)]
    [InlineData("NotIpAddress", "10.0.0.0/8", "not-an-ip", false)]
    [InlineData("NumericLessThan", "3600", "abc", false)]
    [InlineData("NumericNotEquals", "3600", "abc", false)]
    [InlineData("DateGreaterThan", "2025-01-01T00:00:00Z", "1735689601", true)]
    [InlineData("DateLessThan", "2025-01-01", "2024-12-31T23:59:59Z", true)]
    [InlineData("Bool", "true", "TRUE", true)]
    [InlineData("StringEqualsIgnoreCase", "BLUE", "blue", true)]
    [InlineData("StringLike", "home/*", "HOME/x", false)]
    [InlineData("ArnLike", "arn:aws:iam::*:role/dev-*", "arn:aws:iam::111122223333:role/dev-ops", true)]
    [InlineData("ArnNotEquals", "arn:aws:iam::*:role/dev", "arn:aws:iam::111122223333:role/dev", false)]
    [InlineData("BinaryEquals", "QmluYXJ5", "QmluYXJ5", true)]
    public void Evaluate_TypedComparisons_FollowTheirFamily(string op, string policyValue, string requestValue, bool expected) =>
        Clause(op, policyValue).Evaluate(new RequestContext().With("test:key", ContextValue.Of(requestValue))).ShouldBe(expected);

    [Fact]
    public void Explain_AbsentKeyUnderNegatedOperator_SaysWhy()
    {
        var outcome = Clause("StringNotEquals", "x").Explain(new RequestContext());

        outcome.Result.ShouldBeTrue();
        outcome.Reason.ShouldContain("absent");
    }

    private static ConditionClause Clause(string op, string value)
    {
        var condition = $"{{{JsonSerializer.Serialize(op)}:{{\"test:key\":{JsonSerializer.Serialize(value)}}}}}";
        var json = """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*","Condition":""" + condition + "}}";
        var parsed = PolicyParser.Parse(json, PolicyType.Identity);
        parsed.Succeeded.ShouldBeTrue(parsed.FirstError?.ToString());
        return parsed.Value.Statements[0].Conditions[0];
    }
}
