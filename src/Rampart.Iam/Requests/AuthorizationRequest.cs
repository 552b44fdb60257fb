using Rampart.Iam.Policies;

namespace Rampart.Iam.Requests;

/// <summary>
/// One request to authorize: who (<see cref="Principal"/>), what (<see cref="Action"/>), on what
/// (<see cref="Resource"/>, owned by <see cref="ResourceAccount"/>), and the request context.
/// </summary>
public sealed class AuthorizationRequest
{
    /// <summary>Creates a request; <paramref name="resourceAccount"/> null means "derive as the eval format says".</summary>
    public AuthorizationRequest(RequestPrincipal principal, string action, string resource, string? resourceAccount, RequestContext context)
    {
        Principal = principal;
        Action = action;
        ActionLower = ActionElement.LowerInvariant(action);
        Resource = resource;
        Context = context;
        ResourceArn = RequestResource.Split(resource);
        ResourceAccount = resourceAccount is { Length: > 0 }
            ? resourceAccount
            : ResourceArn.Account is { Length: 12 } account ? account : principal.Account;
        var colon = ActionLower.IndexOf(':', StringComparison.Ordinal);
        Service = colon > 0 ? ActionLower[..colon] : ActionLower;
    }

    /// <summary>The caller.</summary>
    public RequestPrincipal Principal { get; }

    /// <summary>The action as given, <c>service:ActionName</c>.</summary>
    public string Action { get; }

    /// <summary>The action in lower case: action matching ignores case.</summary>
    public string ActionLower { get; }

    /// <summary>The service prefix of the action, lower case.</summary>
    public string Service { get; }

    /// <summary>The resource ARN, or <c>*</c>.</summary>
    public string Resource { get; }

    /// <summary>The resource ARN split into its parts once, for statement matching.</summary>
    public RequestResource ResourceArn { get; }

    /// <summary>The account that owns the resource.</summary>
    public string ResourceAccount { get; }

    /// <summary>The request context.</summary>
    public RequestContext Context { get; }

    /// <summary>True when the caller's account is not the resource's.</summary>
    public bool IsCrossAccount => !string.Equals(Principal.Account, ResourceAccount, StringComparison.Ordinal);
}
