namespace Rampart.Git.Objects;

/// <summary>
/// The object database holds something this reader does not handle (a missing object, an
/// unknown index version, alternates, a corrupt entry). Callers fall back to asking git, which
/// either copes or says what is wrong in its own words.
/// </summary>
public sealed class GitObjectException(string message) : Exception(message)
{
    /// <summary>True when <paramref name="error"/> is this exception, or a parallel loop's wrapper of nothing else.</summary>
    public static bool Caused(Exception error) =>
        error is GitObjectException || (error is AggregateException aggregate && aggregate.Flatten().InnerExceptions.All(inner => inner is GitObjectException));
}
