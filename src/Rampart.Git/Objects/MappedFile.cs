using System.IO.MemoryMappedFiles;

namespace Rampart.Git.Objects;

/// <summary>
/// A whole file mapped into memory read-only, its first byte pinned at <see cref="Start"/> until
/// disposed (the pack and its index: the pages a reader touches are all it costs, nothing is copied).
/// </summary>
public sealed unsafe class MappedFile : IDisposable
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;

    /// <summary>Maps the <paramref name="length"/> bytes of <paramref name="path"/> (the caller has checked the length).</summary>
    public MappedFile(string path, long length)
    {
        _file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        try
        {
            _view = _file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        }
        catch
        {
            _file.Dispose();
            throw;
        }

        byte* pointer = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        Start = pointer + _view.PointerOffset;
        Length = length;
    }

    /// <summary>The file's first byte.</summary>
    public byte* Start { get; }

    /// <summary>The file's length in bytes.</summary>
    public long Length { get; }

    /// <inheritdoc/>
    public void Dispose()
    {
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file.Dispose();
    }
}
