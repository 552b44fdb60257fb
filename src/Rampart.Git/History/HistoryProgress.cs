namespace Rampart.Git.History;

/// <summary>How far a history scan has got.</summary>
/// <param name="Commits">Commits read so far.</param>
/// <param name="TotalCommits">Commits the scan will read.</param>
/// <param name="Blobs">Distinct blobs offered for scanning so far.</param>
public readonly record struct HistoryProgress(int Commits, int TotalCommits, int Blobs);
