namespace Rampart.Git.Objects;

/// <summary>
/// The object database holds something this reader does not handle (a missing object, an
/// unknown index version, alternates, a corrupt entry). Callers fall back to asking git, which
/// either copes or says what is wrong in its own words.
/// </summary>
public sealed class GitObjectException(string message) : Exception(message);
