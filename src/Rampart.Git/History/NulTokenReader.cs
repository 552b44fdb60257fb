using System.Text;

namespace Rampart.Git.History;

/// <summary>Reads NUL-terminated fields (git's <c>-z</c> output) from a stream, one at a time.</summary>
internal sealed class NulTokenReader(Stream input)
{
    private readonly List<byte> _token = new(256);

    /// <summary>The next field, or null at the end of the stream.</summary>
    public string? Next()
    {
        _token.Clear();
        while (true)
        {
            var b = input.ReadByte();
            if (b < 0)
            {
                return _token.Count == 0 ? null : Decode();
            }

            if (b == 0)
            {
                return Decode();
            }

            _token.Add((byte)b);
        }
    }

    private string Decode() => Encoding.UTF8.GetString([.. _token]);
}
