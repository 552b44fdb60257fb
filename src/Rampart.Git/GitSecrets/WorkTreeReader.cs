using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using Rampart.Git.Native;
using Rampart.Git.Processes;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// Reads work-tree files the way git grep loads them (grep.c, <c>grep_source_load_file</c>):
/// <c>lstat</c> first, so only regular files are read (a symlink is not followed, a folder or FIFO
/// is skipped), then exactly <c>st_size</c> bytes. A failure other than "no such file" is the
/// reason git prints as <c>error: failed to stat 'PATH': REASON</c>. Files land in one buffer that
/// is reused from file to file, so a scan allocates nothing per file. Not thread-safe: one reader
/// per worker.
/// </summary>
/// <remarks>
/// On glibc Linux (x86-64, Arm64) this calls libc: the file is opened without following a final symlink
/// (<c>O_NOFOLLOW</c>, and <c>O_NONBLOCK</c> so a FIFO cannot block) and its type and size are read
/// from the descriptor, one path lookup per file; when the open fails, <c>lstat</c> decides what git
/// would have said. Elsewhere it uses .NET's file APIs: symlinks and folders are skipped but no
/// failure reason is reported. A file that shrinks while it is read is skipped (git also prints
/// <c>short read</c> then), and so is one larger than a .NET array can hold (2 GiB).
/// </remarks>
public sealed class WorkTreeReader(string directory)
{
    private const int NoSuchFile = 2; // ENOENT
    private const int FileTypeMask = 0xF000; // S_IFMT
    private const int RegularFile = 0x8000; // S_IFREG
    private readonly byte[] _folder = Encoding.UTF8.GetBytes(directory.EndsWith('/') ? directory : directory + "/");
    private readonly byte[] _stat = new byte[LibC.StatxSize];
    private byte[] _path = new byte[1024];
    private byte[] _buffer = new byte[1 << 16];

    /// <summary>
    /// Reads <paramref name="path"/> (a byte string relative to the folder). False when git would not
    /// search the file; then <paramref name="error"/> is the reason git reports, or null when it says nothing.
    /// </summary>
    public bool TryRead(string path, out ReadOnlySpan<byte> content, out string? error)
    {
        content = default;
        error = null;
        return LibC.Available ? TryReadNative(path, out content, out error) : TryReadManaged(path, out content);
    }

    private bool TryReadNative(string path, out ReadOnlySpan<byte> content, out string? error)
    {
        content = default;
        error = null;
        var length = _folder.Length + Encoding.Latin1.GetByteCount(path) + 1;
        if (_path.Length < length)
        {
            _path = new byte[length * 2];
        }

        _folder.CopyTo(_path, 0);
        var end = _folder.Length + Encoding.Latin1.GetBytes(path, _path.AsSpan(_folder.Length));
        _path[end] = 0;
        var descriptor = LibC.Open(_path, LibC.ReadNoFollow);
        if (descriptor < 0)
        {
            error = OpenFailure(Marshal.GetLastPInvokeError());
            return false;
        }

        var empty = (byte)0;
        var length64 = 0UL;
        if (LibC.Statx(descriptor, ref empty, LibC.AtEmptyPath, LibC.StatxTypeAndSize, _stat) != 0 || !IsRegular()
            || (length64 = BinaryPrimitives.ReadUInt64LittleEndian(_stat.AsSpan(LibC.StatxSizeOffset))) > (ulong)Array.MaxLength)
        {
            _ = LibC.Close(descriptor);
            return false;
        }

        var size = (int)length64;
        try
        {
            if (_buffer.Length < size)
            {
                _buffer = new byte[Math.Max(size, _buffer.Length * 2)];
            }

            var read = 0;
            while (read < size)
            {
                var got = (int)LibC.Read(descriptor, ref _buffer[read], size - read);
                if (got <= 0)
                {
                    return false;
                }

                read += got;
            }

            content = _buffer.AsSpan(0, size);
            return true;
        }
        finally
        {
            _ = LibC.Close(descriptor);
        }
    }

    private bool TryReadManaged(string path, out ReadOnlySpan<byte> content)
    {
        content = default;
        var info = new FileInfo(Path.Combine(directory, ByteString.ToOs(path)));
        if (!info.Exists || info.Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            return false;
        }

        try
        {
            content = File.ReadAllBytes(info.FullName);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Why an open failed, as git would tell it: git <c>lstat</c>s first, so a symlink, socket or other
    /// non-regular file is skipped silently, and a failing <c>lstat</c> is reported with its own reason.
    /// </summary>
    private string? OpenFailure(int openError)
    {
        if (openError == NoSuchFile)
        {
            return null;
        }

        if (LibC.Statx(LibC.AtFdCwd, _path, LibC.AtSymlinkNoFollow, LibC.StatxTypeAndSize, _stat) != 0)
        {
            return Reason(Marshal.GetLastPInvokeError());
        }

        return IsRegular() ? Reason(openError) : null;
    }

    private bool IsRegular() => (BinaryPrimitives.ReadUInt16LittleEndian(_stat.AsSpan(LibC.StatxModeOffset)) & FileTypeMask) == RegularFile;

    private static string? Reason(int errno) => errno == NoSuchFile ? null : Marshal.GetPInvokeErrorMessage(errno);
}
