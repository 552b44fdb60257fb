using Rampart.Iam.Policies;

namespace Rampart.Iam.Sts;

/// <summary>
/// Credentials that sign requests: a user's long-term key, or temporary credentials from
/// GetSessionToken or AssumeRole with everything STS attached to them — expiry, session policy,
/// session tags (and which are transitive), source identity, MFA, and when they were issued.
/// </summary>
public sealed record StsCredentials
{
    /// <summary>What kind of credentials these are.</summary>
    public required CredentialKind Kind { get; init; }

    /// <summary>The access key id: <c>AKIA…</c> long-term, <c>ASIA…</c> temporary.</summary>
    public required string AccessKeyId { get; init; }

    /// <summary>The user, for user keys and user sessions.</summary>
    public IamUser? User { get; init; }

    /// <summary>The role, for role sessions.</summary>
    public IamRole? Role { get; init; }

    /// <summary>The role session name.</summary>
    public string? SessionName { get; init; }

    /// <summary>When the credentials were issued (<c>aws:TokenIssueTime</c>); null for long-term keys.</summary>
    public DateTimeOffset? IssuedAt { get; init; }

    /// <summary>When temporary credentials stop working; null for long-term keys.</summary>
    public DateTimeOffset? Expiration { get; init; }

    /// <summary>When the holder last proved MFA, if ever, for this chain of credentials.</summary>
    public DateTimeOffset? MfaAuthenticatedAt { get; init; }

    /// <summary>The session policy passed when the session was created.</summary>
    public PolicyDocument? SessionPolicy { get; init; }

    /// <summary>Session tags, keys as passed (tag keys compare ignoring case).</summary>
    public IReadOnlyDictionary<string, string> SessionTags { get; init; } = new Dictionary<string, string>();

    /// <summary>Session tag keys that pass on to sessions this session creates (role chaining).</summary>
    public IReadOnlySet<string> TransitiveTagKeys { get; init; } = new HashSet<string>();

    /// <summary>The source identity set on the first session of the chain, which every later session keeps.</summary>
    public string? SourceIdentity { get; init; }

    /// <summary>True for temporary credentials.</summary>
    public bool IsTemporary => Kind != CredentialKind.UserAccessKey;

    /// <summary>True when these are temporary credentials whose expiry has come by <paramref name="now"/>.</summary>
    public bool IsExpiredAt(DateTimeOffset now) => IsTemporary && Expiration <= now;

    /// <summary>The account of the principal.</summary>
    public string Account => Role?.Account ?? User!.Account;

    /// <summary>
    /// The ARN AWS reports for the caller: the user ARN, or
    /// <c>arn:PARTITION:sts::ACCOUNT:assumed-role/ROLE-NAME/SESSION</c> (the role's path is dropped).
    /// </summary>
    public string PrincipalArn => Role is { } role
        ? $"arn:{role.Partition}:sts::{role.Account}:assumed-role/{role.Name}/{SessionName}"
        : User!.Arn;

    /// <summary><c>aws:userid</c>: the user's id, or <c>ROLE-ID:SESSION</c>.</summary>
    public string UserId => Role is { } role ? $"{role.RoleId}:{SessionName}" : User!.UserId;

    /// <summary>The principal's tags: the role's or user's tags, overridden by session tags of the same key.</summary>
    public IReadOnlyDictionary<string, string> PrincipalTags
    {
        get
        {
            var tags = new Dictionary<string, string>(Role?.Tags ?? User!.Tags, StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in SessionTags)
            {
                tags[key] = value;
            }

            return tags;
        }
    }
}
