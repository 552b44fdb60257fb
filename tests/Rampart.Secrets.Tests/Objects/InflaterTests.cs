using System.IO.Compression;
using Rampart.Git.Objects;

namespace Rampart.Secrets.Tests.Objects;

/// <summary>libdeflate (where the system has it) and the runtime's zlib must agree on every stream: the bytes, and what counts as corrupt or the wrong size.</summary>
public sealed unsafe class InflaterTests
{
    public static IEnumerable<object[]> Sizes() => new[] { 0, 1, 100, 4096, 300_000 }.Select(size => new object[] { size });

    [Theory]
    [MemberData(nameof(Sizes))]
    public void TryInflate_EitherLibrary_SameBytesAndSameVerdicts(int size)
    {
        var random = new Random(size);
        var text = new byte[size];
        for (var i = 0; i < size; i++)
        {
            text[i] = (byte)"abc def\n"[random.Next(8)];
        }

        var compressed = Compress(text, trailing: 64);
        foreach (var useLibdeflate in new[] { true, false })
        {
            using var inflater = new Inflater(useLibdeflate);
            var output = new byte[size];
            Inflate(inflater, compressed, output).ShouldBeTrue($"libdeflate {useLibdeflate}");
            output.ShouldBe(text);
            Inflate(inflater, compressed, new byte[size + 1]).ShouldBeFalse($"a longer destination, libdeflate {useLibdeflate}");
            if (size > 0)
            {
                Inflate(inflater, compressed, new byte[size - 1]).ShouldBeFalse($"a shorter destination, libdeflate {useLibdeflate}");
                var corrupt = (byte[])compressed.Clone();
                corrupt[^65] ^= 0xff;
                Inflate(inflater, corrupt, new byte[size]).ShouldBeFalse($"a broken checksum, libdeflate {useLibdeflate}");
            }
        }
    }

    private static bool Inflate(Inflater inflater, byte[] compressed, byte[] destination)
    {
        fixed (byte* source = compressed)
        {
            return inflater.TryInflate(source, compressed.Length, destination);
        }
    }

    /// <summary>
    /// A zlib stream followed by unrelated bytes, as a pack entry is followed by the next. An empty
    /// text gets the stream git writes for an empty blob (<see cref="ZLibStream"/> writes nothing at all).
    /// </summary>
    private static byte[] Compress(byte[] text, int trailing)
    {
        using var buffer = new MemoryStream();
        if (text.Length == 0)
        {
            buffer.Write(Convert.FromHexString("789c030000000001"));
        }

        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(text);
        }

        buffer.Write(Enumerable.Repeat((byte)0x5a, trailing).ToArray());
        return buffer.ToArray();
    }
}
