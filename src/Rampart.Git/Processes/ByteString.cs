using System.Text;

namespace Rampart.Git.Processes;

/// <summary>
/// Byte strings: git-secrets works on bytes (file names, config values and file contents need not
/// be UTF-8), so text moves through Rampart's git-secrets code as Latin-1 strings, one char per
/// byte. These helpers convert at the edges.
/// </summary>
public static class ByteString
{
    /// <summary>Bytes as a byte string.</summary>
    public static string FromBytes(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);

    /// <summary>A byte string's bytes.</summary>
    public static byte[] ToBytes(string text) => Encoding.Latin1.GetBytes(text);

    /// <summary>A .NET string (a command-line argument, a path) as the byte string of its UTF-8 form.</summary>
    public static string FromOs(string text) => FromBytes(Encoding.UTF8.GetBytes(text));

    /// <summary>A byte string as the .NET string the OS APIs want (UTF-8 decoded).</summary>
    public static string ToOs(string text) => Encoding.UTF8.GetString(ToBytes(text));

    /// <summary>Removes trailing newlines, as shell command substitution does.</summary>
    public static string TrimNewlines(string text) => text.TrimEnd('\n');
}
