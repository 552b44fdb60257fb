using System.Text;

namespace Rampart.Events.Patterns;

/// <summary>Case-insensitive comparisons of UTF-8 text, rune by rune (invariant simple case mapping).</summary>
internal static class Utf8Text
{
    public static bool EqualsIgnoreCase(ReadOnlySpan<byte> value, ReadOnlySpan<byte> other) =>
        StartsWithIgnoreCase(value, other, out var consumed) && consumed == value.Length;

    public static bool StartsWithIgnoreCase(ReadOnlySpan<byte> value, ReadOnlySpan<byte> prefix) =>
        StartsWithIgnoreCase(value, prefix, out _);

    public static bool EndsWithIgnoreCase(ReadOnlySpan<byte> value, ReadOnlySpan<byte> suffix)
    {
        while (suffix.Length > 0)
        {
            if (value.Length == 0 ||
                Rune.DecodeLastFromUtf8(value, out var a, out var aLength) != System.Buffers.OperationStatus.Done ||
                Rune.DecodeLastFromUtf8(suffix, out var b, out var bLength) != System.Buffers.OperationStatus.Done ||
                !Same(a, b))
            {
                return false;
            }

            value = value[..^aLength];
            suffix = suffix[..^bLength];
        }

        return true;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> value, ReadOnlySpan<byte> prefix, out int consumed)
    {
        consumed = 0;
        while (prefix.Length > 0)
        {
            if (value.Length == consumed ||
                Rune.DecodeFromUtf8(value[consumed..], out var a, out var aLength) != System.Buffers.OperationStatus.Done ||
                Rune.DecodeFromUtf8(prefix, out var b, out var bLength) != System.Buffers.OperationStatus.Done ||
                !Same(a, b))
            {
                return false;
            }

            consumed += aLength;
            prefix = prefix[bLength..];
        }

        return true;
    }

    private static bool Same(Rune a, Rune b) =>
        a == b || Rune.ToLowerInvariant(a) == Rune.ToLowerInvariant(b) || Rune.ToUpperInvariant(a) == Rune.ToUpperInvariant(b);
}
