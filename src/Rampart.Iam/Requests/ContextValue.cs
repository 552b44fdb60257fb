namespace Rampart.Iam.Requests;

/// <summary>
/// The value of one request-context key: a single string, or a set of strings for a multivalued
/// key (<c>aws:TagKeys</c>, <c>aws:CalledVia</c>, …), which may be empty.
/// </summary>
public readonly struct ContextValue
{
    private readonly string[] _values;

    private ContextValue(string? single, string[] values, bool multivalued)
    {
        Single = single;
        _values = values;
        IsMultivalued = multivalued;
    }

    /// <summary>The value of a single-valued key; null for a multivalued one.</summary>
    public string? Single { get; }

    /// <summary>True for a multivalued key.</summary>
    public bool IsMultivalued { get; }

    /// <summary>Every value: one for a single-valued key, zero or more for a multivalued one.</summary>
    public ReadOnlySpan<string> Values => _values;

    /// <summary>A single-valued key.</summary>
    public static ContextValue Of(string value) => new(value, [value], false);

    /// <summary>A multivalued key.</summary>
    public static ContextValue Of(string[] values) => new(null, values, true);

    /// <inheritdoc />
    public override string ToString() => IsMultivalued ? $"[{string.Join(", ", _values)}]" : Single ?? string.Empty;
}
