using Rampart.Iam.Policies;

namespace Rampart.Iam.Sts;

/// <summary>
/// The inline policy the IAM console's "Revoke active sessions" attaches to a role
/// (<c>AWSRevokeOlderSessions</c>): deny every action to credentials issued before a moment.
/// </summary>
public static class RevocationPolicy
{
    /// <summary>The policy name AWS gives it.</summary>
    public const string Name = "AWSRevokeOlderSessions";

    /// <summary>The policy denying sessions whose <c>aws:TokenIssueTime</c> is before <paramref name="moment"/>.</summary>
    public static PolicyDocument IssuedBefore(DateTimeOffset moment)
    {
        var json = """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":["*"],"Resource":["*"],"Condition":{"DateLessThan":{"aws:TokenIssueTime":"TIME"}}}]}"""
            .Replace("TIME", CallerContext.Iso(moment), StringComparison.Ordinal);
        var parsed = PolicyParser.Parse(json, PolicyType.Identity);
        return parsed.Succeeded ? parsed.Value : throw new InvalidOperationException(parsed.FirstError!.Message);
    }
}
