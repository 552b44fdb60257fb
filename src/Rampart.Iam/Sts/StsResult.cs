using System.Diagnostics.CodeAnalysis;

namespace Rampart.Iam.Sts;

/// <summary>The outcome of an STS call: a value, or the error STS answers.</summary>
public sealed class StsResult<T>
    where T : class
{
    private StsResult(T? value, StsError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The value, when the call succeeded.</summary>
    public T? Value { get; }

    /// <summary>The error, when it failed.</summary>
    public StsError? Error { get; }

    /// <summary>True when the call succeeded.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    /// <summary>A success.</summary>
    public static StsResult<T> Ok(T value) => new(value, null);

    /// <summary>A failure.</summary>
    public static StsResult<T> Fail(StsError error) => new(null, error);

    /// <summary>A failure converted from another result type.</summary>
    public static implicit operator StsResult<T>(StsError error) => Fail(error);
}
