using System.CommandLine;
using System.Text;
using Rampart.Core.Json;
using Rampart.Iam.Authorization;
using Rampart.Iam.Policies;
using Rampart.Iam.Requests;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart iam simulate</c>: decides one request given by flags against policies given as
/// <c>file://PATH</c> or inline JSON, and explains the decision. Exit 0 for Allow, 1 for a deny,
/// 2 for invalid input.
/// </summary>
public static class IamSimulateCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var principal = new Option<string>("--principal") { Description = "Caller ARN: IAM user, role session (assumed-role) or federated user", Required = true };
        var action = new Option<string>("--action") { Description = "Action, service:ActionName", Required = true };
        var resource = new Option<string>("--resource") { Description = "Resource ARN, or * (default)", DefaultValueFactory = _ => "*" };
        var resourceAccount = new Option<string?>("--resource-account") { Description = "Account owning the resource (default: from the ARN, else the caller's)" };
        var context = new Option<string[]>("--context") { Description = "Context key=value; repeat a key or write key=[a,b] for a multivalued key, key=[] for an empty one", AllowMultipleArgumentsPerToken = false };
        var policy = new Option<string[]>("--policy") { Description = "Identity-based policy: file://PATH or JSON (repeatable)" };
        var resourcePolicy = new Option<string?>("--resource-policy") { Description = "Resource-based policy (or role trust policy): file://PATH or JSON" };
        var boundary = new Option<string?>("--permissions-boundary") { Description = "Permissions boundary: file://PATH or JSON" };
        var session = new Option<string?>("--session-policy") { Description = "Session policy of a role or federated-user session: file://PATH or JSON" };
        var scp = new Option<string[]>("--scp-level") { Description = "One SCP level, root first: comma-separated file://PATH values (repeat per level)" };
        var rcp = new Option<string[]>("--rcp-level") { Description = "One RCP level, root first (RCPFullAWSAccess is implied): comma-separated file://PATH values, or none" };
        var command = new Command("simulate", "Decide one request against the given policies and explain why");
        foreach (var option in new Option[] { principal, action, resource, resourceAccount, context, policy, resourcePolicy, boundary, session, scp, rcp })
        {
            command.Options.Add(option);
        }

        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var input = new SimulateInput(
                result.GetValue(principal)!, result.GetValue(action)!, result.GetValue(resource)!, result.GetValue(resourceAccount),
                result.GetValue(context) ?? [], result.GetValue(policy) ?? [], result.GetValue(resourcePolicy), result.GetValue(boundary),
                result.GetValue(session), result.GetValue(scp) ?? [], result.GetValue(rcp) ?? []);
            return Run(input, result.GetValue(OutputOption.Instance), output, error);
        });
        return command;
    }

    private static int Run(SimulateInput input, OutputFormat format, TextWriter output, TextWriter error)
    {
        var problems = new List<string>();
        var principal = RequestPrincipal.Parse(input.Principal);
        if (!principal.Succeeded)
        {
            problems.Add($"--principal: {principal.FirstError!.Message}");
        }

        var context = ReadContext(input.Context, problems);
        var request = principal.Succeeded ? new AuthorizationRequest(principal.Value, input.Action, input.Resource, input.ResourceAccount, context) : null;
        var trust = request is not null && ServiceRules.IsRoleTrustAction(request.ActionLower) && input.Resource.Contains(":iam::", StringComparison.Ordinal) && input.Resource.Contains(":role/", StringComparison.Ordinal);
        var policies = new PolicySet
        {
            IdentityPolicies = [.. input.Policies.Select(p => Load(p, PolicyType.Identity, "--policy", problems)).OfType<PolicyDocument>()],
            ResourcePolicy = input.ResourcePolicy is null ? null : Load(input.ResourcePolicy, trust ? PolicyType.Trust : PolicyType.Resource, "--resource-policy", problems),
            PermissionBoundaries = input.Boundary is null ? [] : [.. new[] { Load(input.Boundary, PolicyType.PermissionBoundary, "--permissions-boundary", problems) }.OfType<PolicyDocument>()],
            SessionPolicy = input.Session is null ? null : Load(input.Session, PolicyType.Session, "--session-policy", problems),
            ServiceControlPolicies = Levels(input.Scps, PolicyType.ServiceControl, "--scp-level", problems),
            ResourceControlPolicies = Levels(input.Rcps, PolicyType.ResourceControl, "--rcp-level", problems),
        };
        if (request is not null && policies.SessionPolicy is not null && !request.Principal.IsSession)
        {
            problems.Add("--session-policy: a session policy needs a role-session or federated-user principal");
        }

        if (problems.Count > 0 || request is null)
        {
            foreach (var problem in problems)
            {
                error.WriteLine($"rampart: {problem}");
            }

            return ExitCode.Usage;
        }

        var result = Authorizer.Authorize(request, policies, explain: true);
        if (format == OutputFormat.Json)
        {
            output.WriteLine(JsonOutput.Write(json =>
            {
                json.WriteStartObject();
                json.WriteString("decision", result.Decision.ToString());
                IamExplanation.WriteJson(json, result);
                json.WriteEndObject();
            }));
        }
        else
        {
            output.WriteLine($"request:  {request.Principal.Arn} → {request.Action} on {request.Resource} (resource account {request.ResourceAccount}{(request.IsCrossAccount ? ", cross-account" : string.Empty)})");
            foreach (var line in IamExplanation.Text(result))
            {
                output.WriteLine(line);
            }
        }

        return result.Decision == Decision.Allow ? ExitCode.Ok : ExitCode.Found;
    }

    private static RequestContext ReadContext(string[] pairs, List<string> problems)
    {
        var single = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var multi = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                problems.Add($"--context: `{pair}` is not key=value");
                continue;
            }

            var key = pair[..equals];
            var value = pair[(equals + 1)..];
            if (!single.TryGetValue(key, out var values))
            {
                single[key] = values = [];
                order.Add(key);
            }

            if (value.StartsWith('[') && value.EndsWith(']'))
            {
                multi.Add(key);
                values.AddRange(value[1..^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
            else
            {
                values.Add(value);
            }
        }

        var context = new RequestContext(order.Count);
        foreach (var key in order)
        {
            var values = single[key];
            context.TryAdd(key, multi.Contains(key) || values.Count != 1 ? ContextValue.Of([.. values]) : ContextValue.Of(values[0]));
        }

        return context;
    }

    private static List<IReadOnlyList<PolicyDocument>> Levels(string[] levels, PolicyType type, string option, List<string> problems) =>
        [.. levels.Select(level => (IReadOnlyList<PolicyDocument>)[.. LevelItems(level).Select(item => Load(item, type, option, problems)).OfType<PolicyDocument>()])];

    /// <summary>A level is inline JSON (one policy), <c>none</c>, or comma-separated <c>file://</c> paths.</summary>
    private static IEnumerable<string> LevelItems(string level) =>
        level.TrimStart().StartsWith('{')
            ? [level]
            : level.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(item => item != "none");

    private static PolicyDocument? Load(string source, PolicyType type, string option, List<string> problems)
    {
        byte[] bytes;
        var name = source;
        if (source.StartsWith("file://", StringComparison.Ordinal))
        {
            name = source[7..];
            try
            {
                bytes = File.ReadAllBytes(name);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add($"{option}: cannot read `{name}`: {e.Message}");
                return null;
            }
        }
        else
        {
            bytes = Encoding.UTF8.GetBytes(source);
            name = option;
        }

        var parsed = PolicyParser.Parse(bytes, type);
        if (!parsed.Succeeded)
        {
            var first = parsed.FirstError!;
            problems.Add($"{name}:{first.Location}: {first.Message}");
            return null;
        }

        return parsed.Value;
    }

    private sealed record SimulateInput(
        string Principal, string Action, string Resource, string? ResourceAccount, string[] Context, string[] Policies,
        string? ResourcePolicy, string? Boundary, string? Session, string[] Scps, string[] Rcps);
}
