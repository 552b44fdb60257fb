using Rampart.Iam.Requests;

namespace Rampart.Iam.Policies;

/// <summary>
/// A statement's <c>Principal</c> or <c>NotPrincipal</c> (resource-based, trust and RCP policies).
/// </summary>
public sealed class PrincipalElement
{
    private const string PrincipalArnKey = "aws:PrincipalArn";

    /// <summary>Creates the element.</summary>
    public PrincipalElement(bool isNot, IReadOnlyList<PrincipalEntry> entries, ElementLocation location)
    {
        IsNot = isNot;
        Entries = entries;
        Location = location;
        IsEveryone = entries.Any(e => e.Kind == PrincipalEntryKind.Everyone);
    }

    /// <summary>True for <c>NotPrincipal</c>.</summary>
    public bool IsNot { get; }

    /// <summary>The principals named.</summary>
    public IReadOnlyList<PrincipalEntry> Entries { get; }

    /// <summary>Where the element is.</summary>
    public ElementLocation Location { get; }

    /// <summary>True when an entry is <c>*</c>.</summary>
    public bool IsEveryone { get; }

    /// <summary>
    /// How a <c>Principal</c> element covers the caller: the strongest kind over its entries.
    /// A role ARN covers the role's sessions; it is compared with the role ARN of the session and,
    /// when the context has it, with <c>aws:PrincipalArn</c> (which keeps the role's path).
    /// </summary>
    public PrincipalMatch Match(AuthorizationRequest request)
    {
        var best = PrincipalMatch.None;
        var principal = request.Principal;
        foreach (var entry in Entries)
        {
            var match = entry.Kind switch
            {
                PrincipalEntryKind.Everyone => PrincipalMatch.Direct,
                PrincipalEntryKind.Account => entry.Account == principal.Account ? PrincipalMatch.Account : PrincipalMatch.None,
                PrincipalEntryKind.Arn when entry.Value == principal.Arn => PrincipalMatch.Direct,
                PrincipalEntryKind.Arn when IsSessionRole(entry.Value, request) => PrincipalMatch.Role,
                _ => PrincipalMatch.None,
            };
            if (match > best)
            {
                best = match;
            }
        }

        return best;
    }

    /// <summary>
    /// True when a <c>NotPrincipal</c> element exempts the caller. AWS checks each identity of the
    /// caller's chain — the account, then the role, then the session (or the user) — so every link
    /// must be listed; listing <c>*</c> exempts everyone.
    /// </summary>
    public bool Exempts(AuthorizationRequest request)
    {
        if (IsEveryone)
        {
            return true;
        }

        var principal = request.Principal;
        var account = false;
        var self = false;
        var role = principal.Kind != PrincipalKind.AssumedRole;
        foreach (var entry in Entries)
        {
            switch (entry.Kind)
            {
                case PrincipalEntryKind.Account:
                    account |= entry.Account == principal.Account;
                    break;
                case PrincipalEntryKind.Arn:
                    self |= entry.Value == principal.Arn;
                    role |= IsSessionRole(entry.Value, request);
                    break;
            }
        }

        return account && role && self;
    }

    private static bool IsSessionRole(string arn, AuthorizationRequest request)
    {
        var principal = request.Principal;
        if (principal.RoleArn is null)
        {
            return false;
        }

        if (arn == principal.RoleArn)
        {
            return true;
        }

        return request.Context.TryGet(PrincipalArnKey, out var value)
            && value.Single is { } principalArn
            && arn == principalArn
            && principalArn.EndsWith("/" + RoleName(principal.RoleArn), StringComparison.Ordinal)
            && principalArn.StartsWith($"arn:{principal.Partition}:iam::{principal.Account}:role/", StringComparison.Ordinal);
    }

    private static string RoleName(string roleArn) => roleArn[(roleArn.LastIndexOf('/') + 1)..];
}
