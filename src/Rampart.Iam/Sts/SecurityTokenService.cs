using System.Text.RegularExpressions;
using Rampart.Iam.Authorization;
using Rampart.Iam.Organizations;
using Rampart.Iam.Policies;
using Rampart.Iam.Requests;

namespace Rampart.Iam.Sts;

/// <summary>
/// STS as data: <c>GetSessionToken</c>, <c>AssumeRole</c> and the authorization of requests signed
/// with the credentials they return, on an injected clock. AssumeRole is decided by the
/// <see cref="Authorizer"/> with both sides — the caller's identity policies, boundary, session
/// policy and SCPs, and the role's trust policy and RCPs — as a cross-account request needs.
/// Limits follow the STS API reference: 900 s to the role's MaxSessionDuration, one hour for role
/// chaining, 2,048 characters of session policy, 50 session tags, MFA by TOTP.
/// </summary>
public sealed partial class SecurityTokenService
{
    private const int DefaultRoleDuration = 3600;
    private const int ChainedLimit = 3600;
    private const int MinDuration = 900;
    private const int MaxRoleDuration = 43200;
    private const int DefaultUserSessionDuration = 43200;
    private const int MaxUserSessionDuration = 129600;
    private const int MaxSessionPolicyLength = 2048;
    private const int MaxTags = 50;
    private const string NamePattern = @"[\w+=,.@-]*";

    private readonly StsDirectory _directory;
    private readonly TimeProvider _clock;
    private readonly SessionIds _ids;

    /// <summary>Creates the service over <paramref name="directory"/>, with an injected clock and a seeded random source.</summary>
    public SecurityTokenService(StsDirectory directory, TimeProvider clock, Random random)
    {
        _directory = directory;
        _clock = clock;
        _ids = new SessionIds(random);
    }

    /// <summary>Long-term credentials of <paramref name="user"/> (its access key).</summary>
    public static StsCredentials AccessKey(IamUser user, string accessKeyId) =>
        new() { Kind = CredentialKind.UserAccessKey, AccessKeyId = accessKeyId, User = user };

    /// <summary><c>sts:GetSessionToken</c>: temporary credentials for a user, with MFA when a device and code are given.</summary>
    public StsResult<StsCredentials> GetSessionToken(StsCredentials caller, int? durationSeconds = null, string? serialNumber = null, string? tokenCode = null)
    {
        var now = _clock.GetUtcNow();
        if (caller.Kind != CredentialKind.UserAccessKey)
        {
            return caller.IsExpiredAt(now)
                ? StsError.Expired
                : new StsError("AccessDenied", "Cannot call GetSessionToken with session credentials");
        }

        var duration = durationSeconds ?? DefaultUserSessionDuration;
        if (DurationError(duration, MaxUserSessionDuration) is { } invalid)
        {
            return invalid;
        }

        var mfa = VerifyMfa(caller, serialNumber, tokenCode, now, out var mfaError);
        if (mfaError is not null)
        {
            return mfaError;
        }

        return StsResult<StsCredentials>.Ok(caller with
        {
            Kind = CredentialKind.UserSession,
            AccessKeyId = _ids.NextAccessKeyId(),
            IssuedAt = now,
            Expiration = now.AddSeconds(duration),
            MfaAuthenticatedAt = mfa ? now : null,
        });
    }

    /// <summary><c>sts:AssumeRole</c>: a role session for <paramref name="caller"/>, or STS's error.</summary>
    public StsResult<StsCredentials> AssumeRole(StsCredentials caller, AssumeRoleRequest request)
    {
        var now = _clock.GetUtcNow();
        if (caller.IsExpiredAt(now))
        {
            return StsError.Expired;
        }

        if (ValidateParameters(request) is { } invalid)
        {
            return invalid;
        }

        if (_directory.FindRole(request.RoleArn) is not { } role)
        {
            return StsError.NotAuthorized(caller.PrincipalArn, "sts:AssumeRole", request.RoleArn);
        }

        var chained = caller.IsTemporary;
        var duration = request.DurationSeconds ?? DefaultRoleDuration;
        if (duration > role.MaxSessionDuration)
        {
            return new StsError("ValidationError", "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
        }

        if (chained && duration > ChainedLimit)
        {
            return new StsError("ValidationError", "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.");
        }

        var mfa = VerifyMfa(caller, request.SerialNumber, request.TokenCode, now, out var mfaError);
        if (mfaError is not null)
        {
            return mfaError;
        }

        if (TagError(caller, request) is { } tagError)
        {
            return tagError;
        }

        if (caller.SourceIdentity is { } kept && request.SourceIdentity is { } asked && asked != kept)
        {
            return StsError.NotAuthorized(caller.PrincipalArn, "sts:SetSourceIdentity", role.Arn);
        }

        PolicyDocument? sessionPolicy = null;
        if (request.Policy is { } policyText)
        {
            var parsed = PolicyParser.Parse(policyText, PolicyType.Session);
            if (!parsed.Succeeded)
            {
                return new StsError("MalformedPolicyDocument", parsed.FirstError!.Message);
            }

            sessionPolicy = parsed.Value;
        }

        var mfaAt = mfa ? now : caller.MfaAuthenticatedAt;
        var context = AssumeRoleContext(caller, request, now, mfaAt);
        foreach (var action in ActionsFor(request))
        {
            if (Decide(caller, action, role.Arn, role.Account, role.TrustPolicy, context).Decision != Decision.Allow)
            {
                return StsError.NotAuthorized(caller.PrincipalArn, action, role.Arn);
            }
        }

        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in caller.TransitiveTagKeys)
        {
            tags[key] = caller.SessionTags[key];
        }

        foreach (var (key, value) in request.Tags)
        {
            tags[key] = value;
        }

        return StsResult<StsCredentials>.Ok(new StsCredentials
        {
            Kind = CredentialKind.RoleSession,
            AccessKeyId = _ids.NextAccessKeyId(),
            Role = role,
            SessionName = request.RoleSessionName,
            IssuedAt = now,
            Expiration = now.AddSeconds(duration),
            MfaAuthenticatedAt = mfaAt,
            SessionPolicy = sessionPolicy,
            SessionTags = tags,
            TransitiveTagKeys = caller.TransitiveTagKeys.Concat(request.TransitiveTagKeys).ToHashSet(StringComparer.OrdinalIgnoreCase),
            SourceIdentity = caller.SourceIdentity ?? request.SourceIdentity,
        });
    }

    /// <summary>
    /// Authorizes a request signed with <paramref name="credentials"/> now: STS's ExpiredToken for
    /// expired credentials, else the Authorizer's decision with the policies that apply — the
    /// principal's current identity policies (so a revocation takes effect at once), boundary,
    /// session policy, the SCPs of the principal's account and the RCPs of the resource's.
    /// </summary>
    public StsResult<AuthorizationResult> Authorize(StsCredentials credentials, string action, string resource, string? resourceAccount = null, PolicyDocument? resourcePolicy = null, RequestContext? extraContext = null)
    {
        var now = _clock.GetUtcNow();
        if (credentials.IsExpiredAt(now))
        {
            return StsError.Expired;
        }

        return StsResult<AuthorizationResult>.Ok(Decide(credentials, action, resource, resourceAccount, resourcePolicy, Merge(CallerContext.For(credentials, now), extraContext)));
    }

    /// <summary>
    /// "Revoke active sessions": attaches to the role the inline policy AWS adds
    /// (<c>AWSRevokeOlderSessions</c>), denying everything to sessions issued before now.
    /// </summary>
    public IamRole RevokeOlderSessions(IamRole role)
    {
        var current = _directory.Current(role);
        var revoked = current with { Policies = [.. current.Policies, RevocationPolicy.IssuedBefore(_clock.GetUtcNow())] };
        _directory.Put(revoked);
        return revoked;
    }

    private AuthorizationResult Decide(StsCredentials credentials, string action, string resource, string? resourceAccount, PolicyDocument? resourcePolicy, RequestContext context)
    {
        var principal = CallerContext.Principal(credentials);
        var request = new AuthorizationRequest(principal, action, resource, resourceAccount, context);
        var role = credentials.Role is { } r ? _directory.Current(r) : null;
        var policies = new PolicySet
        {
            IdentityPolicies = role?.Policies ?? credentials.User!.Policies,
            PermissionBoundaries = (role?.PermissionsBoundary ?? credentials.User?.PermissionsBoundary) is { } boundary ? [boundary] : [],
            SessionPolicy = credentials.SessionPolicy,
            ResourcePolicy = resourcePolicy,
        };
        var caller = new ApplicableCaller(principal.Account, request.ResourceAccount, request.Service, ApplicableCaller.IsServiceLinkedRoleArn(role?.Arn));
        return Authorizer.Authorize(request, PolicyApplicability.Apply(policies, _directory.Organization, caller), explain: true);
    }

    private static RequestContext AssumeRoleContext(StsCredentials caller, AssumeRoleRequest request, DateTimeOffset now, DateTimeOffset? mfaAt)
    {
        var context = CallerContext.For(caller, now);
        if (mfaAt is { } at)
        {
            CallerContext.WithMfa(context, at, now);
        }

        context.With("sts:RoleSessionName", ContextValue.Of(request.RoleSessionName));
        if (request.ExternalId is { } externalId)
        {
            context.With("sts:ExternalId", ContextValue.Of(externalId));
        }

        if ((request.SourceIdentity ?? caller.SourceIdentity) is { } source)
        {
            context.With("sts:SourceIdentity", ContextValue.Of(source));
        }

        if (request.Tags.Count > 0)
        {
            foreach (var (key, value) in request.Tags)
            {
                context.With($"aws:RequestTag/{key}", ContextValue.Of(value));
            }

            context.With("aws:TagKeys", ContextValue.Of([.. request.Tags.Select(t => t.Key)]));
        }

        if (request.TransitiveTagKeys.Count > 0)
        {
            context.With("sts:TransitiveTagKeys", ContextValue.Of([.. request.TransitiveTagKeys]));
        }

        return context;
    }

    private static IEnumerable<string> ActionsFor(AssumeRoleRequest request)
    {
        yield return "sts:AssumeRole";
        if (request.Tags.Count > 0)
        {
            yield return "sts:TagSession";
        }

        if (request.SourceIdentity is not null)
        {
            yield return "sts:SetSourceIdentity";
        }
    }

    private static RequestContext Merge(RequestContext context, RequestContext? extra)
    {
        foreach (var (key, value) in extra?.Entries ?? [])
        {
            context.With(key, value);
        }

        return context;
    }

    private static StsError? ValidateParameters(AssumeRoleRequest request)
    {
        if (request.RoleSessionName.Length is < 2 or > 64)
        {
            return StsError.Validation(request.RoleSessionName, "roleSessionName", request.RoleSessionName.Length < 2
                ? "Member must have length greater than or equal to 2"
                : "Member must have length less than or equal to 64");
        }

        if (!NameRegex().IsMatch(request.RoleSessionName))
        {
            return StsError.Validation(request.RoleSessionName, "roleSessionName", $"Member must satisfy regular expression pattern: {NamePattern}");
        }

        if (request.DurationSeconds is { } duration && DurationError(duration, MaxRoleDuration) is { } durationError)
        {
            return durationError;
        }

        if (request.Policy is { Length: > MaxSessionPolicyLength } policy)
        {
            return StsError.Validation(policy, "policy", $"Member must have length less than or equal to {MaxSessionPolicyLength}");
        }

        if (request.SourceIdentity is { } source && (source.Length is < 2 or > 64 || !NameRegex().IsMatch(source)))
        {
            return StsError.Validation(source, "sourceIdentity", source.Length is < 2 or > 64
                ? "Member must have length greater than or equal to 2 and less than or equal to 64"
                : $"Member must satisfy regular expression pattern: {NamePattern}");
        }

        return null;
    }

    private static StsError? DurationError(int duration, int max) => duration switch
    {
        < MinDuration => StsError.Validation(Number(duration), "durationSeconds", $"Member must have value greater than or equal to {MinDuration}"),
        _ when duration > max => StsError.Validation(Number(duration), "durationSeconds", $"Member must have value less than or equal to {max}"),
        _ => null,
    };

    private static StsError? TagError(StsCredentials caller, AssumeRoleRequest request)
    {
        if (request.Tags.Count > MaxTags)
        {
            return StsError.Validation($"{request.Tags.Count} tags", "tags", $"Member must have length less than or equal to {MaxTags}");
        }

        for (var i = 0; i < request.Tags.Count; i++)
        {
            var (key, value) = request.Tags[i];
            if (key.Length is < 1 or > 128)
            {
                return StsError.Validation(key, $"tags.{i + 1}.member.key", "Member must have length less than or equal to 128");
            }

            if (value.Length > 256)
            {
                return StsError.Validation(value, $"tags.{i + 1}.member.value", "Member must have length less than or equal to 256");
            }
        }

        if (request.Tags.Select(t => t.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count() != request.Tags.Count)
        {
            return new StsError("InvalidParameterValue", "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
        }

        if (request.TransitiveTagKeys.FirstOrDefault(k => !request.Tags.Any(t => string.Equals(t.Key, k, StringComparison.OrdinalIgnoreCase))) is { } stray)
        {
            return new StsError("InvalidParameterValue", $"The transitive tag key `{stray}` is not a session tag key of this request.");
        }

        if (request.Tags.FirstOrDefault(t => caller.TransitiveTagKeys.Contains(t.Key)) is { Key: not null } clash)
        {
            return new StsError("InvalidParameterValue", $"The session tag `{clash.Key}` was set as transitive by an earlier session of the chain and cannot be overridden.");
        }

        return null;
    }

    private static bool VerifyMfa(StsCredentials caller, string? serialNumber, string? tokenCode, DateTimeOffset now, out StsError? error)
    {
        error = null;
        if (serialNumber is null && tokenCode is null)
        {
            return false;
        }

        if (serialNumber is null || tokenCode is null)
        {
            error = new StsError("AccessDenied", "MultiFactorAuthentication failed, must provide both MFA serial number and one time pass code.");
            return false;
        }

        var device = caller.User?.MfaDevices.FirstOrDefault(d => d.SerialNumber == serialNumber);
        if (device is null || !Totp.Verify(device.Seed, tokenCode, now))
        {
            error = new StsError("AccessDenied", "MultiFactorAuthentication failed with invalid MFA one time pass code.");
            return false;
        }

        return true;
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[\w+=,.@-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameRegex();
}
