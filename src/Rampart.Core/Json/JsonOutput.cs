using System.Text.Encodings.Web;
using System.Text.Json;

namespace Rampart.Core.Json;

/// <summary>
/// How Rampart writes JSON for people and tools to read: UTF-8 with only the characters JSON
/// requires escaped (backticks, <c>+</c>, <c>&lt;</c> and non-ASCII letters stay as they are).
/// </summary>
public static class JsonOutput
{
    /// <summary>Writer options for compact output (one document per line).</summary>
    public static JsonWriterOptions Compact { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writer options for indented output.</summary>
    public static JsonWriterOptions Indented { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>Writes one JSON value with <paramref name="write"/> and returns it as a string.</summary>
    public static string Write(Action<Utf8JsonWriter> write, bool indented = false)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
