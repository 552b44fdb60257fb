namespace Rampart.Secrets.Scanning;

/// <summary>
/// An AWS access key ID found together with a secret access key (and, for temporary keys, a
/// session token) in the same file: the credentials <c>--verify</c> tries.
/// </summary>
/// <param name="AccessKeyId">The access key ID finding.</param>
/// <param name="SecretAccessKey">The secret access key finding nearest to it in the same file.</param>
/// <param name="SessionToken">The nearest session token in the same file, for temporary (ASIA…) keys.</param>
public sealed record AwsKeyPair(Finding AccessKeyId, Finding SecretAccessKey, Finding? SessionToken)
{
    private static readonly string[] KeyIdRules = ["aws-access-key-id", "aws-temporary-access-key-id"];
    private static readonly string[] TokenRules = ["aws-session-token", "aws-session-token-value"];

    /// <summary>Every access key ID in <paramref name="findings"/> that has a secret access key in the same file and commit.</summary>
    public static IReadOnlyList<AwsKeyPair> FindAll(IReadOnlyList<Finding> findings)
    {
        var pairs = new List<AwsKeyPair>();
        foreach (var id in findings.Where(f => KeyIdRules.Contains(f.Rule.Id)))
        {
            var sameFile = findings.Where(f => f.Path == id.Path && f.Commit == id.Commit).ToList();
            var secret = Nearest(sameFile.Where(f => f.Rule.Id == "aws-secret-access-key"), id);
            if (secret is not null)
            {
                var token = id.Rule.Id == "aws-temporary-access-key-id" ? Nearest(sameFile.Where(f => TokenRules.Contains(f.Rule.Id)), id) : null;
                pairs.Add(new AwsKeyPair(id, secret, token));
            }
        }

        return pairs;
    }

    private static Finding? Nearest(IEnumerable<Finding> candidates, Finding anchor) =>
        candidates.OrderBy(f => Math.Abs(f.Line - anchor.Line)).ThenBy(f => f.Line).FirstOrDefault();
}
