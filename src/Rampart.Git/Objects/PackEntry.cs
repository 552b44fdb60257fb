namespace Rampart.Git.Objects;

/// <summary>
/// A pack entry's header: <paramref name="Type"/> 1–4 (commit, tree, blob, tag), 6 (delta on the
/// entry at <paramref name="BaseOffset"/>) or 7 (delta on the object <paramref name="BaseId"/>),
/// the inflated <paramref name="Size"/>, and where the zlib data starts.
/// </summary>
public readonly record struct PackEntry(int Type, long Size, long DataOffset, long BaseOffset, ObjectId BaseId);
