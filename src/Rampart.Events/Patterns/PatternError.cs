namespace Rampart.Events.Patterns;

/// <summary>
/// Thrown inside the pattern compiler to abandon a pattern with AWS's reason text; never escapes
/// <see cref="EventPatternParser"/>, which turns it into a failed <see cref="Rampart.Core.ParseResult{T}"/>.
/// </summary>
internal sealed class PatternError(string reason, bool isLimit = false) : Exception(reason)
{
    /// <summary>True for a size limit rather than a malformed pattern: no fallback compile is tried.</summary>
    public bool IsLimit { get; } = isLimit;

    /// <summary>The text after <c>Event pattern is not valid. Reason: </c>.</summary>
    public string Reason { get; } = reason;
}
