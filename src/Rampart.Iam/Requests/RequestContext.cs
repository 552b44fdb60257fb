namespace Rampart.Iam.Requests;

/// <summary>
/// The request context: condition-key name → value. Key names are case-insensitive, as in AWS.
/// Nothing is derived: a key that is not here is absent from the request.
/// </summary>
public sealed class RequestContext
{
    private readonly Dictionary<string, ContextValue> _values;

    /// <summary>An empty context.</summary>
    public RequestContext() => _values = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A context with <paramref name="capacity"/> reserved.</summary>
    public RequestContext(int capacity) => _values = new(capacity, StringComparer.OrdinalIgnoreCase);

    /// <summary>An empty context shared by requests without one.</summary>
    public static RequestContext Empty { get; } = new();

    /// <summary>Number of keys.</summary>
    public int Count => _values.Count;

    /// <summary>The keys and values.</summary>
    public IEnumerable<KeyValuePair<string, ContextValue>> Entries => _values;

    /// <summary>Adds a key; false when the key is already present in any case.</summary>
    public bool TryAdd(string key, ContextValue value) => _values.TryAdd(key, value);

    /// <summary>Looks a key up, ignoring case.</summary>
    public bool TryGet(string key, out ContextValue value) => _values.TryGetValue(key, out value);

    /// <summary>A builder-friendly add that replaces an existing value.</summary>
    public RequestContext With(string key, ContextValue value)
    {
        _values[key] = value;
        return this;
    }
}
