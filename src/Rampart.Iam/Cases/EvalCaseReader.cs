using System.Globalization;
using System.Text.Json;
using Rampart.Core;
using Rampart.Iam.Authorization;
using Rampart.Iam.Policies;
using Rampart.Iam.Requests;

namespace Rampart.Iam.Cases;

/// <summary>
/// Reads one case of the eval format with a single <see cref="Utf8JsonReader"/> pass (policies
/// are parsed in place, their locations relative to the line). Field order is free; unknown
/// fields and <c>expected</c> are ignored.
/// </summary>
internal static class EvalCaseReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 };

    public static ParseResult<EvalCaseInput> Read(ReadOnlyMemory<byte> line, int lineNumber, out string? id)
    {
        id = null;
        if (Utf8Text.FirstInvalidByte(line.Span) is var invalid and >= 0)
        {
            return Fail($"invalid json at column {invalid + 1}: the text is not valid UTF-8");
        }

        var map = new SourceMap(line, lineNumber);
        var reader = new Utf8JsonReader(line.Span, Options);
        var state = new CaseState(map, line);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return Fail("a case is a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                state.ReadField(name, ref reader);
                id = state.Id;
            }

            if (reader.Read())
            {
                return Fail($"text after the case at column {reader.TokenStartIndex + 1}");
            }
        }
        catch (JsonException e)
        {
            return Fail($"invalid json at column {(e.BytePositionInLine ?? 0) + 1}: {Lower(e.Message)}");
        }

        id = state.Id;
        return state.Finish();
    }

    private static ParseResult<EvalCaseInput> Fail(string message) =>
        ParseResult<EvalCaseInput>.Failure(Diagnostic.Error("iam.case", message));

    private static string Lower(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        }

        var text = (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
        return text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    private sealed class CaseState(SourceMap map, ReadOnlyMemory<byte> line)
    {
        private readonly SourceMap _map = map;
        private readonly ReadOnlyMemory<byte> _line = line;
        private readonly List<PolicyDocument> _identity = [];
        private readonly List<PolicyDocument> _boundaries = [];
        private readonly List<IReadOnlyList<PolicyDocument>> _scps = [];
        private readonly List<IReadOnlyList<PolicyDocument>> _rcps = [];
        private string? _error;
        private bool _hasRequest;
        private bool _hasIdentity;
        private string? _principal;
        private string? _action;
        private string? _resource;
        private string? _resourceAccount;
        private RequestContext _context = RequestContext.Empty;
        private int _resourcePolicyOffset = -1;
        private PolicyDocument? _session;

        public string? Id { get; private set; }

        public void ReadField(string name, ref Utf8JsonReader reader)
        {
            switch (name)
            {
                case "id":
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        Id = reader.GetString();
                    }
                    else
                    {
                        Error("`id` must be a string");
                        reader.Skip();
                    }

                    break;
                case "request":
                    _hasRequest = true;
                    ReadRequest(ref reader);
                    break;
                case "identityPolicies":
                    _hasIdentity = true;
                    ReadPolicyList(ref reader, PolicyType.Identity, "/identityPolicies", _identity);
                    break;
                case "permissionBoundaries":
                    ReadPolicyList(ref reader, PolicyType.PermissionBoundary, "/permissionBoundaries", _boundaries);
                    if (_boundaries.Count > 1)
                    {
                        Error("`permissionBoundaries` has more than one policy: AWS allows one permissions boundary");
                    }

                    break;
                case "sessionPolicy":
                    _session = ReadPolicy(ref reader, PolicyType.Session, "/sessionPolicy");
                    break;
                case "resourcePolicy":
                    if (reader.TokenType != JsonTokenType.Null)
                    {
                        _resourcePolicyOffset = (int)reader.TokenStartIndex;
                    }

                    reader.Skip();
                    break;
                case "scps":
                    ReadLevels(ref reader, PolicyType.ServiceControl, "/scps", _scps);
                    break;
                case "rcps":
                    ReadLevels(ref reader, PolicyType.ResourceControl, "/rcps", _rcps);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        public ParseResult<EvalCaseInput> Finish()
        {
            if (_error is null && Id is null)
            {
                Error("missing `id`");
            }

            if (_error is null && !_hasRequest)
            {
                Error("missing `request`");
            }

            if (_error is null && !_hasIdentity)
            {
                Error("missing `identityPolicies`");
            }

            if (_error is not null)
            {
                return Fail(_error);
            }

            var principal = RequestPrincipal.Parse(_principal!);
            if (!principal.Succeeded)
            {
                return Fail($"/request/principal: {principal.FirstError!.Message}");
            }

            var request = new AuthorizationRequest(principal.Value, _action!, _resource!, _resourceAccount, _context);
            if (_session is not null && !principal.Value.IsSession)
            {
                return Fail($"`sessionPolicy` needs a role-session or federated-user principal, not `{_principal}`");
            }

            PolicyDocument? resourcePolicy = null;
            if (_resourcePolicyOffset >= 0)
            {
                var reader = new Utf8JsonReader(_line.Span[_resourcePolicyOffset..], Options);
                reader.Read();
                var type = request.ResourceArn.IsArn && ServiceRules.IsRoleTrustAction(request.ActionLower)
                    && request.ResourceArn.Component(2).SequenceEqual("iam") && request.ResourceArn.Component(5).StartsWith("role/")
                    ? PolicyType.Trust
                    : PolicyType.Resource;
                resourcePolicy = ReadPolicy(ref reader, type, "/resourcePolicy", _resourcePolicyOffset);
                if (_error is not null)
                {
                    return Fail(_error);
                }
            }

            var policies = new PolicySet
            {
                IdentityPolicies = _identity,
                PermissionBoundaries = _boundaries,
                SessionPolicy = _session,
                ResourcePolicy = resourcePolicy,
                ServiceControlPolicies = _scps,
                ResourceControlPolicies = _rcps,
            };
            return ParseResult<EvalCaseInput>.Success(new EvalCaseInput(Id!, request, policies));
        }

        private void ReadRequest(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Error("`request` must be an object");
                reader.Skip();
                return;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                switch (name)
                {
                    case "principal":
                        _principal = RequestString(ref reader, name);
                        break;
                    case "action":
                        _action = RequestString(ref reader, name);
                        break;
                    case "resource":
                        _resource = RequestString(ref reader, name);
                        break;
                    case "resourceAccount":
                        _resourceAccount = RequestString(ref reader, name);
                        break;
                    case "context":
                        _context = ReadContext(ref reader);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            if (_principal is null || _action is null || _resource is null)
            {
                Error($"`request` needs `principal`, `action` and `resource`; missing `{(_principal is null ? "principal" : _action is null ? "action" : "resource")}`");
                return;
            }

            var colon = _action.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == _action.Length - 1 || _action.AsSpan(colon + 1).ContainsAny('*', '?'))
            {
                Error($"/request/action: `{_action}` is not `service:ActionName`");
            }

            if (_resource != "*")
            {
                var arn = Arn.Parse(_resource);
                if (!arn.Succeeded)
                {
                    Error($"/request/resource: {arn.FirstError!.Message}");
                }
                else if (_resourceAccount is not null && arn.Value.Account.Length > 0 && arn.Value.Account != _resourceAccount)
                {
                    Error($"/request/resourceAccount: `{_resourceAccount}` differs from the account `{arn.Value.Account}` of the resource arn");
                }
            }

            if (_resourceAccount is not null && !AccountId.IsValid(_resourceAccount))
            {
                Error($"/request/resourceAccount: invalid account id `{_resourceAccount}`: an account id is exactly 12 digits");
            }
        }

        private string? RequestString(ref Utf8JsonReader reader, string name)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return reader.GetString();
            }

            Error($"/request/{name} must be a string");
            reader.Skip();
            return null;
        }

        private RequestContext ReadContext(ref Utf8JsonReader reader)
        {
            var context = new RequestContext(16);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Error("/request/context must be an object");
                reader.Skip();
                return context;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                reader.Read();
                ContextValue value;
                if (reader.TokenType == JsonTokenType.String)
                {
                    value = ContextValue.Of(reader.GetString()!);
                }
                else if (reader.TokenType == JsonTokenType.StartArray)
                {
                    var values = new List<string>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (reader.TokenType == JsonTokenType.String)
                        {
                            values.Add(reader.GetString()!);
                        }
                        else
                        {
                            Error($"/request/context/{key}: values are strings");
                            reader.Skip();
                        }
                    }

                    value = ContextValue.Of([.. values]);
                }
                else
                {
                    Error($"/request/context/{key}: a context value is a string or an array of strings");
                    reader.Skip();
                    continue;
                }

                if (!context.TryAdd(key, value))
                {
                    Error($"/request/context: key `{key}` appears twice (key names ignore case)");
                }
            }

            return context;
        }

        private void ReadPolicyList(ref Utf8JsonReader reader, PolicyType type, string pointer, List<PolicyDocument> into)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                Error($"{pointer} must be an array of policy documents");
                reader.Skip();
                return;
            }

            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (ReadPolicy(ref reader, type, $"{pointer}/{index.ToString(CultureInfo.InvariantCulture)}") is { } document)
                {
                    into.Add(document);
                }

                index++;
            }
        }

        private void ReadLevels(ref Utf8JsonReader reader, PolicyType type, string pointer, List<IReadOnlyList<PolicyDocument>> into)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                Error($"{pointer} must be an array of levels, each an array of policy documents");
                reader.Skip();
                return;
            }

            var level = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var documents = new List<PolicyDocument>();
                ReadPolicyList(ref reader, type, $"{pointer}/{level.ToString(CultureInfo.InvariantCulture)}", documents);
                into.Add(documents);
                level++;
            }
        }

        private PolicyDocument? ReadPolicy(ref Utf8JsonReader reader, PolicyType type, string pointer, int baseOffset = 0)
        {
            var parsed = PolicyParser.Parse(ref reader, type, _map, pointer, baseOffset);
            if (parsed.Succeeded)
            {
                return parsed.Value;
            }

            var first = parsed.FirstError!;
            Error(first.Location.IsNone ? $"{pointer}: {first.Message}" : $"{first.Location}: {first.Message}");
            return null;
        }

        private void Error(string message) => _error ??= message;
    }
}
