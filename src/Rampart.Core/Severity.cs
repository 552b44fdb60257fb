namespace Rampart.Core;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum Severity
{
    /// <summary>A hint that does not change any result.</summary>
    Info,

    /// <summary>Something likely wrong, but the input was still accepted.</summary>
    Warning,

    /// <summary>The input was rejected.</summary>
    Error,
}
