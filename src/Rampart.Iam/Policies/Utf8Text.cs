using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Rampart.Iam.Policies;

/// <summary>
/// UTF-8 validity of input text. <see cref="System.Text.Json.Utf8JsonReader"/> checks the encoding
/// of a string only when it is decoded, and then throws; input is checked once up front instead,
/// so that bad bytes are a diagnostic with a location.
/// </summary>
internal static class Utf8Text
{
    /// <summary>The offset of the first byte that is not part of valid UTF-8, or -1 when all is valid.</summary>
    public static int FirstInvalidByte(ReadOnlySpan<byte> text)
    {
        if (Utf8.IsValid(text))
        {
            return -1;
        }

        var offset = 0;
        while (Rune.DecodeFromUtf8(text[offset..], out _, out var consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        return offset;
    }
}
