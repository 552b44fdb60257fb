using System.Text;
using System.Text.Json.Nodes;
using Rampart.Iam.Cases;

namespace Rampart.Iam.Tests.Cases;

/// <summary>Builds eval-format case lines for tests, so each test states only what it varies.</summary>
internal sealed class CaseBuilder
{
    private readonly JsonObject _case;

    public CaseBuilder(string principal, string action, string resource, string? resourceAccount = null)
    {
        var request = new JsonObject { ["principal"] = principal, ["action"] = action, ["resource"] = resource, ["context"] = new JsonObject() };
        if (resourceAccount is not null)
        {
            request["resourceAccount"] = resourceAccount;
        }

        _case = new JsonObject { ["id"] = "t", ["request"] = request, ["identityPolicies"] = new JsonArray() };
    }

    public CaseBuilder Context(string key, string value)
    {
        _case["request"]!["context"]![key] = value;
        return this;
    }

    public CaseBuilder Context(string key, params string[] values)
    {
        _case["request"]!["context"]![key] = new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
        return this;
    }

    public CaseBuilder Identity(string statements) => Add("identityPolicies", Policy(statements));

    public CaseBuilder Boundary(string statements) => Add("permissionBoundaries", Policy(statements));

    public CaseBuilder Resource(string statements) => Set("resourcePolicy", Policy(statements));

    public CaseBuilder Session(string statements) => Set("sessionPolicy", Policy(statements));

    public CaseBuilder ScpLevel(params string[] policies) => Add("scps", new JsonArray([.. policies.Select(p => (JsonNode?)Policy(p))]));

    public CaseBuilder RcpLevel(params string[] policies) => Add("rcps", new JsonArray([.. policies.Select(p => (JsonNode?)Policy(p))]));

    public string Line => _case.ToJsonString();

    public string Decide()
    {
        var answer = EvalCase.Evaluate(Encoding.UTF8.GetBytes(Line));
        answer.Error.ShouldBeNull();
        return answer.Decision!;
    }

    public EvalCaseResult Explain() => EvalCase.Explain(Encoding.UTF8.GetBytes(Line));

    private static JsonNode Policy(string statements) =>
        JsonNode.Parse($$"""{"Version":"2012-10-17","Statement":{{statements}}}""")!;

    private CaseBuilder Add(string field, JsonNode node)
    {
        if (_case[field] is not JsonArray array)
        {
            _case[field] = array = [];
        }

        array.Add(node);
        return this;
    }

    private CaseBuilder Set(string field, JsonNode node)
    {
        _case[field] = node;
        return this;
    }
}
