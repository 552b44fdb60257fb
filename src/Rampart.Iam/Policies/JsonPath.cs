using System.Globalization;

namespace Rampart.Iam.Policies;

/// <summary>A JSON pointer kept as a parent chain; its text is built (and cached) when first asked for.</summary>
public sealed class JsonPath
{
    private static readonly string[] SmallIndexes = [.. Enumerable.Range(0, 64).Select(i => i.ToString(CultureInfo.InvariantCulture))];
    private readonly JsonPath? _parent;
    private readonly string _token;
    private string? _text;

    /// <summary>A child of <paramref name="parent"/>.</summary>
    public JsonPath(JsonPath? parent, string token)
    {
        _parent = parent;
        _token = token;
    }

    /// <summary>The pointer text, e.g. <c>/Statement/0/Action</c>.</summary>
    public string Text => _text ??= _parent is null ? _token : Join(_parent.Text, _token);

    /// <summary>A root path whose text is <paramref name="pointer"/> as given.</summary>
    public static JsonPath Root(string pointer) => new(null, pointer);

    /// <summary>The token of an array index, without allocating for small ones.</summary>
    public static string Index(int index) =>
        index < SmallIndexes.Length ? SmallIndexes[index] : index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Appends one escaped token to a pointer.</summary>
    public static string Join(string pointer, string token) => $"{pointer}/{Escape(token)}";

    /// <inheritdoc />
    public override string ToString() => Text;

    private static string Escape(string token) =>
        token.Contains('~', StringComparison.Ordinal) || token.Contains('/', StringComparison.Ordinal)
            ? token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)
            : token;
}
