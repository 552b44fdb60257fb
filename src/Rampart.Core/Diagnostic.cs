namespace Rampart.Core;

/// <summary>
/// One problem found in an input. Messages are lower-case, one line, with user input in
/// backticks; where AWS has an exact message for the problem, <see cref="Message"/> is AWS's text.
/// </summary>
/// <param name="Severity">How serious the problem is.</param>
/// <param name="Code">A stable identifier, such as <c>arn.partition</c>.</param>
/// <param name="Message">The one-line message.</param>
/// <param name="Location">Where in the input the problem is.</param>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation Location)
{
    /// <summary>An error without a location.</summary>
    public static Diagnostic Error(string code, string message) => new(Severity.Error, code, message, SourceLocation.None);

    /// <summary>An error at a location.</summary>
    public static Diagnostic Error(string code, string message, SourceLocation location) => new(Severity.Error, code, message, location);

    /// <summary>A warning at a location.</summary>
    public static Diagnostic Warning(string code, string message, SourceLocation location) => new(Severity.Warning, code, message, location);

    /// <summary>Renders as <c>location: severity code: message</c>, leaving out an absent location.</summary>
    public override string ToString()
    {
        var severity = Severity.ToString().ToLowerInvariant();
        return Location.IsNone
            ? $"{severity} {Code}: {Message}"
            : $"{Location}: {severity} {Code}: {Message}";
    }
}
