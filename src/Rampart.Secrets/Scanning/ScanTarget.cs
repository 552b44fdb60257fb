namespace Rampart.Secrets.Scanning;

/// <summary>
/// One piece of content a source offers for scanning: a file of the working tree, a staged blob or
/// a blob first seen in a commit. <see cref="Open"/> is called at most once, before the source moves
/// on; a target whose <see cref="BlobId"/> was scanned before is not opened again.
/// </summary>
/// <param name="Path">The path findings are reported against, relative to the scan root, with <c>/</c>.</param>
/// <param name="Open">Opens the content; the caller disposes the stream.</param>
public sealed record ScanTarget(string Path, Func<Stream> Open)
{
    /// <summary>The git object id of the content, when it comes from a repository.</summary>
    public string? BlobId { get; init; }

    /// <summary>The commit that introduced the content, for history scans.</summary>
    public CommitInfo? Commit { get; init; }
}
