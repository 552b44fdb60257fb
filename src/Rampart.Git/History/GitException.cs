namespace Rampart.Git.History;

/// <summary>git could not do what the scan needed; the message is one line naming the repository and the fix.</summary>
public sealed class GitException(string message) : Exception(message);
