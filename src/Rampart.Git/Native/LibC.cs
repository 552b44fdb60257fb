using System.Runtime.InteropServices;

namespace Rampart.Git.Native;

/// <summary>
/// The few libc calls that read a work-tree file as git does (<c>open</c>, <c>statx</c> for <c>fstat</c>
/// and <c>lstat</c>, <c>read</c>, <c>close</c>), for Linux on x86-64 and Arm64 where their constants and <c>struct statx</c> are the
/// same. Paths are NUL-terminated byte strings, exactly as git passes them.
/// </summary>
internal static class LibC
{
    /// <summary><c>AT_FDCWD</c>: a relative path is taken from the current folder.</summary>
    public const int AtFdCwd = -100;

    /// <summary><c>AT_SYMLINK_NOFOLLOW</c>: <c>statx</c> as <c>lstat</c>.</summary>
    public const int AtSymlinkNoFollow = 0x100;

    /// <summary><c>AT_EMPTY_PATH</c>: <c>statx</c> of the descriptor itself, as <c>fstat</c>.</summary>
    public const int AtEmptyPath = 0x1000;

    /// <summary><c>ELOOP</c>: the last component is a symlink (with <c>O_NOFOLLOW</c>) or links loop.</summary>
    public const int SymlinkLoop = 40;

    /// <summary><c>STATX_TYPE | STATX_SIZE</c>.</summary>
    public const uint StatxTypeAndSize = 0x1 | 0x200;

    /// <summary>
    /// <c>O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW</c>: a symlink is not opened and a FIFO does
    /// not block (O_NOFOLLOW is 0x20000 on x86-64, 0x8000 on Arm64).
    /// </summary>
    public static int ReadNoFollow { get; } = 0x80000 | 0x800 | (RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 0x8000 : 0x20000);

    /// <summary>Size of <c>struct statx</c>.</summary>
    public const int StatxSize = 256;

    /// <summary>Offset of <c>stx_mode</c> (u16) in <c>struct statx</c>.</summary>
    public const int StatxModeOffset = 28;

    /// <summary>Offset of <c>stx_size</c> (u64) in <c>struct statx</c>.</summary>
    public const int StatxSizeOffset = 40;

    /// <summary>glibc's soname: always this on glibc Linux; elsewhere (musl) loading fails and the managed path is used.</summary>
    private const string Library = "libc.so.6";

    /// <summary>True where these calls and constants hold: glibc (2.28 or later, for <c>statx</c>) on Linux x86-64 or Arm64.</summary>
    public static bool Available { get; } =
        OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64 && Loads();

    [DllImport(Library, EntryPoint = "statx", SetLastError = true)]
    public static extern int Statx(int directory, byte[] path, int flags, uint mask, byte[] buffer);

    [DllImport(Library, EntryPoint = "statx", SetLastError = true)]
    public static extern int Statx(int directory, ref byte emptyPath, int flags, uint mask, byte[] buffer);

    [DllImport(Library, EntryPoint = "open", SetLastError = true)]
    public static extern int Open(byte[] path, int flags);

    [DllImport(Library, EntryPoint = "read", SetLastError = true)]
    public static extern nint Read(int descriptor, ref byte buffer, nint count);

    [DllImport(Library, EntryPoint = "close")]
    public static extern int Close(int descriptor);

    /// <summary>Calls <c>close</c> and <c>statx</c> on an invalid descriptor: both fail with EBADF when present, throw when the library or symbol is missing.</summary>
    private static bool Loads()
    {
        try
        {
            var empty = (byte)0;
            _ = Close(-1);
            _ = Statx(-1, ref empty, AtEmptyPath, 0, new byte[StatxSize]);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }
}
