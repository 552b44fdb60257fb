using Rampart.Git.Objects;

namespace Rampart.Git.GitSecrets;

/// <summary>A commit of the history walk: its id, its parents' ids, its tree.</summary>
public sealed record WalkedCommit(string Id, string[] Parents, ObjectId Tree);
