using System.Globalization;
using Rampart.Iam.Requests;

namespace Rampart.Iam.Sts;

/// <summary>
/// The request context AWS builds for a caller's credentials (IAM User Guide › AWS global condition
/// context keys): principal keys, principal tags, token issue time and MFA. Long-term keys carry no
/// <c>aws:MultiFactorAuthPresent</c>; temporary credentials carry it as <c>true</c> or <c>false</c>,
/// and <c>aws:MultiFactorAuthAge</c> only when MFA was used.
/// </summary>
public static class CallerContext
{
    /// <summary>The caller as the Authorizer sees it.</summary>
    public static RequestPrincipal Principal(StsCredentials credentials)
    {
        var parsed = RequestPrincipal.Parse(credentials.PrincipalArn);
        return parsed.Succeeded ? parsed.Value : throw new InvalidOperationException(parsed.FirstError!.Message);
    }

    /// <summary>The context keys of a request signed with <paramref name="credentials"/> at <paramref name="now"/>.</summary>
    public static RequestContext For(StsCredentials credentials, DateTimeOffset now)
    {
        var context = new RequestContext(24);
        var role = credentials.Role;
        context.With("aws:PrincipalArn", ContextValue.Of(role?.Arn ?? credentials.User!.Arn));
        context.With("aws:PrincipalAccount", ContextValue.Of(credentials.Account));
        context.With("aws:PrincipalType", ContextValue.Of(role is null ? "User" : "AssumedRole"));
        context.With("aws:userid", ContextValue.Of(credentials.UserId));
        if (role is null)
        {
            context.With("aws:username", ContextValue.Of(credentials.User!.Name));
        }

        foreach (var (key, value) in credentials.PrincipalTags)
        {
            context.With($"aws:PrincipalTag/{key}", ContextValue.Of(value));
        }

        context.With("aws:CurrentTime", ContextValue.Of(Iso(now)));
        context.With("aws:EpochTime", ContextValue.Of(now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        if (credentials.IsTemporary)
        {
            context.With("aws:TokenIssueTime", ContextValue.Of(Iso(credentials.IssuedAt!.Value)));
            if (credentials.MfaAuthenticatedAt is { } mfa)
            {
                WithMfa(context, mfa, now);
            }
            else
            {
                context.With("aws:MultiFactorAuthPresent", ContextValue.Of("false"));
            }
        }

        if (credentials.SourceIdentity is { } source)
        {
            context.With("aws:SourceIdentity", ContextValue.Of(source));
        }

        return context;
    }

    /// <summary>The MFA keys of a request whose signer proved MFA at <paramref name="mfaAt"/>.</summary>
    public static RequestContext WithMfa(RequestContext context, DateTimeOffset mfaAt, DateTimeOffset now) => context
        .With("aws:MultiFactorAuthPresent", ContextValue.Of("true"))
        .With("aws:MultiFactorAuthAge", ContextValue.Of(((long)(now - mfaAt).TotalSeconds).ToString(CultureInfo.InvariantCulture)));

    /// <summary>An instant as IAM writes it in the context: ISO 8601, UTC, whole seconds.</summary>
    public static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
