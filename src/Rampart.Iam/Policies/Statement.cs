using Rampart.Iam.Conditions;
using Rampart.Iam.Requests;

namespace Rampart.Iam.Policies;

/// <summary>
/// One compiled statement. Every element keeps its location so a linter can walk it; matching
/// is done by the compiled elements without allocation on the common paths.
/// </summary>
public sealed class Statement
{
    /// <summary>Creates a statement.</summary>
    public Statement(int index, string? sid, Effect effect, ActionElement action, ResourceElement? resource, PrincipalElement? principal, IReadOnlyList<ConditionClause> conditions, ElementLocation location)
        : this(index, sid, effect, action, resource, principal, [.. conditions], location)
    {
    }

    /// <summary>Creates a statement that keeps <paramref name="conditions"/> itself (the parser's, made for it).</summary>
    internal Statement(int index, string? sid, Effect effect, ActionElement action, ResourceElement? resource, PrincipalElement? principal, ConditionClause[] conditions, ElementLocation location)
    {
        Index = index;
        Sid = sid;
        Effect = effect;
        Action = action;
        Resource = resource;
        Principal = principal;
        Conditions = conditions;
        Location = location;
    }

    /// <summary>Position in the policy's <c>Statement</c> list (0-based).</summary>
    public int Index { get; }

    /// <summary>The <c>Sid</c>, if any.</summary>
    public string? Sid { get; }

    /// <summary>The <c>Effect</c>.</summary>
    public Effect Effect { get; }

    /// <summary>The <c>Action</c> or <c>NotAction</c>.</summary>
    public ActionElement Action { get; }

    /// <summary>The <c>Resource</c> or <c>NotResource</c>; null in a trust policy, which applies to its role.</summary>
    public ResourceElement? Resource { get; }

    /// <summary>The <c>Principal</c> or <c>NotPrincipal</c>; null in identity-side policies.</summary>
    public PrincipalElement? Principal { get; }

    /// <summary>The condition clauses, ANDed.</summary>
    public ConditionClause[] Conditions { get; }

    /// <summary>Where the statement is.</summary>
    public ElementLocation Location { get; }

    /// <summary>True when action and resource apply to the request (principal and conditions aside).</summary>
    public bool AppliesTo(AuthorizationRequest request) =>
        Action.Applies(request.ActionLower) && (Resource is null || Resource.Applies(request));

    /// <summary>True when every condition clause holds.</summary>
    public bool ConditionsHold(RequestContext context)
    {
        foreach (var clause in Conditions)
        {
            if (!clause.Evaluate(context))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A short label: the Sid or the index.</summary>
    public string Label => Sid is { Length: > 0 } ? $"`{Sid}`" : $"#{Index}";
}
