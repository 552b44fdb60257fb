namespace Rampart.Git.GitSecrets;

/// <summary>Whether <c>git log -G</c> lists a commit, as far as <see cref="TreePickaxe"/> can tell.</summary>
public enum PickaxeVerdict
{
    /// <summary>Not listed: no added or removed line matches.</summary>
    NotListed,

    /// <summary>Listed: some added or removed line matches whatever the diff's alignment.</summary>
    Listed,

    /// <summary>Depends on the diff's alignment or on rename pairing: ask git.</summary>
    AskGit,
}
