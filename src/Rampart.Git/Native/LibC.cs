using System.Runtime.InteropServices;

namespace Rampart.Git.Native;

/// <summary>
/// The few libc calls git makes to read a work-tree file (<c>lstat</c>, <c>open</c>, <c>read</c>,
/// <c>close</c>), for Linux on x86-64 and Arm64 where their constants and <c>struct statx</c> are the
/// same. Paths are NUL-terminated byte strings, exactly as git passes them.
/// </summary>
internal static class LibC
{
    /// <summary><c>AT_FDCWD</c>: a relative path is taken from the current folder.</summary>
    public const int AtFdCwd = -100;

    /// <summary><c>AT_SYMLINK_NOFOLLOW</c>: <c>statx</c> as <c>lstat</c>.</summary>
    public const int AtSymlinkNoFollow = 0x100;

    /// <summary><c>STATX_TYPE | STATX_SIZE</c>.</summary>
    public const uint StatxTypeAndSize = 0x1 | 0x200;

    /// <summary><c>O_RDONLY | O_CLOEXEC</c>.</summary>
    public const int ReadOnlyCloseOnExec = 0x80000;

    /// <summary>Size of <c>struct statx</c>.</summary>
    public const int StatxSize = 256;

    /// <summary>Offset of <c>stx_mode</c> (u16) in <c>struct statx</c>.</summary>
    public const int StatxModeOffset = 28;

    /// <summary>Offset of <c>stx_size</c> (u64) in <c>struct statx</c>.</summary>
    public const int StatxSizeOffset = 40;

    /// <summary>True where these calls and constants hold.</summary>
    public static bool Available { get; } =
        OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    public static extern int Statx(int directory, byte[] path, int flags, uint mask, byte[] buffer);

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    public static extern int Open(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "read", SetLastError = true)]
    public static extern nint Read(int descriptor, ref byte buffer, nint count);

    [DllImport("libc", EntryPoint = "close")]
    public static extern int Close(int descriptor);
}
