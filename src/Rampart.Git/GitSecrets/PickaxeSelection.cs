using System.Collections.Concurrent;
using Rampart.Git.Objects;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// What <see cref="PickaxeSelector.Select"/> found: the listed commits and their trees in
/// <c>git log --all</c> order; the object database when the selection read objects itself (null
/// when git decided every commit); which blobs it showed git grep would print nothing for
/// (<see cref="BlobFacts"/>: binary or without a candidate line; <see cref="GrepSilentBlobs"/>),
/// none when git decided; the error output of a git that failed on the way (empty when none
/// did), which git-secrets would have shown; and the trees of the listed commits it read on the
/// way (by id, up to 64 MiB), for the search not to read them again.
/// </summary>
public sealed record PickaxeSelection(List<(string Commit, ObjectId Tree)> Commits, ObjectDatabase? Objects, Func<ObjectId, bool> IsSilent, string GitErrors, ConcurrentDictionary<ObjectId, byte[]>? Trees = null) : IDisposable
{
    /// <inheritdoc/>
    public void Dispose() => Objects?.Dispose();
}
