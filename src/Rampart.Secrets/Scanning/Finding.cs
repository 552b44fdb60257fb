using Rampart.Secrets.Rules;

namespace Rampart.Secrets.Scanning;

/// <summary>
/// One secret found: which rule found it, where (file, 1-based line and column), the secret itself
/// (kept in memory for verification and <c>--no-redact</c>; reports redact it by default) and a
/// fingerprint that stays the same when lines move, so baselines survive edits.
/// </summary>
public sealed record Finding(SecretRule Rule, string Path, int Line, int Column, string Secret)
{
    /// <summary>Stable identity: rule, path and secret (see <see cref="Fingerprints"/>).</summary>
    public string Fingerprint => Fingerprints.Of(Rule.Id, Path, Secret);

    /// <summary>The secret with all but its first characters hidden.</summary>
    public string Redacted => Redaction.Redact(Secret);

    /// <summary>The commit that introduced the secret, for history scans.</summary>
    public string? Commit { get; init; }

    /// <summary>The author of <see cref="Commit"/> (<c>Name &lt;email&gt;</c>).</summary>
    public string? Author { get; init; }

    /// <summary>When <see cref="Commit"/> was authored (ISO 8601), for history scans.</summary>
    public string? Date { get; init; }

    /// <summary>What <c>--verify</c> learned about the secret.</summary>
    public Verification Verification { get; init; } = Verification.NotChecked;
}
