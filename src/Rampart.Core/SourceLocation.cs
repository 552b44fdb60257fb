using System.Globalization;

namespace Rampart.Core;

/// <summary>
/// Where in an input a <see cref="Diagnostic"/> points: a 1-based line and column, a JSON pointer
/// (RFC 6901), or both. <see cref="None"/> when the problem concerns the input as a whole.
/// </summary>
public readonly record struct SourceLocation(int Line, int Column, string? JsonPointer)
{
    /// <summary>No location.</summary>
    public static SourceLocation None => default;

    /// <summary>A line:column location.</summary>
    public static SourceLocation At(int line, int column) => new(line, column, null);

    /// <summary>A JSON pointer location.</summary>
    public static SourceLocation Pointer(string jsonPointer) => new(0, 0, jsonPointer);

    /// <summary>True when a line and column are known.</summary>
    public bool HasLineColumn => Line > 0;

    /// <summary>True when neither a line nor a pointer is known.</summary>
    public bool IsNone => Line <= 0 && JsonPointer is null;

    /// <summary>Renders as <c>line:col</c>, <c>/json/pointer</c> or <c>line:col (/json/pointer)</c>.</summary>
    public override string ToString()
    {
        var lineColumn = HasLineColumn
            ? string.Create(CultureInfo.InvariantCulture, $"{Line}:{Column}")
            : null;
        return (lineColumn, JsonPointer) switch
        {
            (null, null) => string.Empty,
            (not null, null) => lineColumn,
            (null, not null) => JsonPointer,
            _ => $"{lineColumn} ({JsonPointer})",
        };
    }
}
