using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Rampart.Git.Objects;

/// <summary>
/// A zlib inflater that is reset between objects instead of created for each one: a history walk
/// inflates tens of thousands of small objects, and setting up a <see cref="ZLibStream"/> per
/// object costs more than inflating it. Where the system has libdeflate (<c>libdeflate.so.0</c>,
/// a whole-buffer inflater about half again as fast, which suits objects whose size the pack
/// states), it uses that; else the zlib that ships with the .NET runtime
/// (<c>libSystem.IO.Compression.Native</c>, the library <see cref="ZLibStream"/> itself uses);
/// where that entry point is missing too it falls back to a <see cref="ZLibStream"/> per object.
/// Not thread-safe: one per reader.
/// </summary>
public sealed unsafe partial class Inflater : IDisposable
{
    private const string Library = "libSystem.IO.Compression.Native";
    private const string Libdeflate = "libdeflate.so.0";
    private const int ZlibWindowBits = 15;
    private const int Finish = 4;
    private const int StreamEnd = 1;

    private ZStream* _stream;
    private nint _libdeflate;
    private bool _native = true;
    private bool _tryLibdeflate;

    /// <summary>An inflater; with <paramref name="useLibdeflate"/> false it keeps to the runtime's zlib (the tests compare the two).</summary>
    public Inflater(bool useLibdeflate = true) => _tryLibdeflate = useLibdeflate;

    /// <summary>Inflates the zlib stream at <paramref name="source"/> into exactly <paramref name="destination"/>; false when the data is corrupt or its size differs.</summary>
    public bool TryInflate(byte* source, long available, Span<byte> destination)
    {
        if (_tryLibdeflate)
        {
            try
            {
                return InflateLibdeflate(source, available, destination);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                _tryLibdeflate = false;
            }
        }

        if (_native)
        {
            try
            {
                return InflateNative(source, available, destination);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                _native = false;
            }
        }

        using var compressed = new UnmanagedMemoryStream(source, available);
        using var zlib = new ZLibStream(compressed, CompressionMode.Decompress);
        try
        {
            zlib.ReadExactly(destination);
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_libdeflate != 0)
        {
            FreeDecompressor(_libdeflate);
            _libdeflate = 0;
        }

        if (_stream is not null)
        {
            _ = InflateEnd(_stream);
            NativeMemory.Free(_stream);
            _stream = null;
        }
    }

    private bool InflateNative(byte* source, long available, Span<byte> destination)
    {
        if (_stream is null)
        {
            _stream = (ZStream*)NativeMemory.AllocZeroed((nuint)sizeof(ZStream));
            if (InflateInit2(_stream, ZlibWindowBits) != 0)
            {
                NativeMemory.Free(_stream);
                _stream = null;
                throw new GitObjectException("zlib could not be initialised");
            }
        }
        else if (InflateReset2(_stream, ZlibWindowBits) != 0)
        {
            throw new GitObjectException("zlib could not be reset");
        }

        byte spare = 0;
        fixed (byte* output = destination)
        {
            _stream->NextIn = source;
            _stream->AvailIn = (uint)Math.Min(available, uint.MaxValue);
            _stream->NextOut = destination.IsEmpty ? &spare : output;
            _stream->AvailOut = (uint)destination.Length;
            return Inflate(_stream, Finish) == StreamEnd && _stream->AvailOut == 0;
        }
    }

    private bool InflateLibdeflate(byte* source, long available, Span<byte> destination)
    {
        if (_libdeflate == 0)
        {
            _libdeflate = AllocateDecompressor();
            if (_libdeflate == 0)
            {
                throw new GitObjectException("libdeflate could not allocate a decompressor");
            }
        }

        fixed (byte* output = destination)
        {
            nuint read, written;
            return ZlibDecompress(_libdeflate, source, (nuint)available, output, (nuint)destination.Length, &read, &written) == 0
                && written == (nuint)destination.Length;
        }
    }

    [LibraryImport(Libdeflate, EntryPoint = "libdeflate_alloc_decompressor")]
    private static partial nint AllocateDecompressor();

    [LibraryImport(Libdeflate, EntryPoint = "libdeflate_free_decompressor")]
    private static partial void FreeDecompressor(nint decompressor);

    [LibraryImport(Libdeflate, EntryPoint = "libdeflate_zlib_decompress_ex")]
    private static partial int ZlibDecompress(nint decompressor, byte* input, nuint inputBytes, byte* output, nuint outputSpace, nuint* read, nuint* written);

    [LibraryImport(Library, EntryPoint = "CompressionNative_InflateInit2_")]
    private static partial int InflateInit2(ZStream* stream, int windowBits);

    [LibraryImport(Library, EntryPoint = "CompressionNative_InflateReset2_")]
    private static partial int InflateReset2(ZStream* stream, int windowBits);

    [LibraryImport(Library, EntryPoint = "CompressionNative_Inflate")]
    private static partial int Inflate(ZStream* stream, int flush);

    [LibraryImport(Library, EntryPoint = "CompressionNative_InflateEnd")]
    private static partial int InflateEnd(ZStream* stream);

    /// <summary>The runtime's <c>PAL_ZStream</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ZStream
    {
        public byte* NextIn;
        public byte* NextOut;
        public nint Message;
        public nint State;
        public uint AvailIn;
        public uint AvailOut;
    }
}
