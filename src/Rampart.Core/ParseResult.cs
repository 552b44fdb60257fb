using System.Diagnostics.CodeAnalysis;

namespace Rampart.Core;

/// <summary>
/// The outcome of parsing or validating an input: a value when the input was accepted, and every
/// <see cref="Diagnostic"/> found either way. Bad input is a value, never an exception.
/// </summary>
public sealed class ParseResult<T>
{
    private ParseResult(T? value, bool succeeded, IReadOnlyList<Diagnostic> diagnostics)
    {
        Value = value;
        Succeeded = succeeded;
        Diagnostics = diagnostics;
    }

    /// <summary>The parsed value; set when <see cref="Succeeded"/>.</summary>
    public T? Value { get; }

    /// <summary>True when the input was accepted (warnings may still be present).</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded { get; }

    /// <summary>Errors, warnings and hints, in input order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The first error, or null when there is none.</summary>
    public Diagnostic? FirstError => Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error);

    /// <summary>An accepted input with optional non-fatal diagnostics.</summary>
    public static ParseResult<T> Success(T value, IReadOnlyList<Diagnostic>? diagnostics = null) =>
        new(value, true, diagnostics ?? []);

    /// <summary>A rejected input; at least one diagnostic must be an error.</summary>
    public static ParseResult<T> Failure(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (!diagnostics.Any(d => d.Severity == Severity.Error))
        {
            throw new ArgumentException("a failed parse needs at least one error diagnostic", nameof(diagnostics));
        }

        return new(default, false, diagnostics);
    }

    /// <summary>A rejected input with one error.</summary>
    public static ParseResult<T> Failure(Diagnostic error) => Failure([error]);
}
