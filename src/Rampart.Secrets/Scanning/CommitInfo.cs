namespace Rampart.Secrets.Scanning;

/// <summary>The commit that introduced content, for history scans.</summary>
/// <param name="Sha">The full commit id.</param>
/// <param name="Author">The author as <c>Name &lt;email&gt;</c>.</param>
/// <param name="Date">The author date, ISO 8601.</param>
public sealed record CommitInfo(string Sha, string Author, string Date);
