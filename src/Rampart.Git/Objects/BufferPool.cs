using System.Numerics;

namespace Rampart.Git.Objects;

/// <summary>
/// A reader's pool of large buffers, one stack per power-of-two size, keeping at most a given
/// number of bytes. Unlike the shared array pool it keeps as many buffers of one size as the
/// budget allows, which is what a history walk needs: hundreds of versions of one growing file.
/// Its buffers are allocated on the pinned heap: they live as long as the walk, and there the
/// collector does not copy them from generation to generation as it compacts. Not thread-safe.
/// </summary>
public sealed class BufferPool(long limit)
{
    private const int LargestPooled = 30;
    private readonly Stack<byte[]>[] _sizes = new Stack<byte[]>[LargestPooled + 1];
    private long _held;

    /// <summary>A buffer of at least <paramref name="size"/> bytes (a power of two up to 1 GiB, else exact).</summary>
    public byte[] Rent(int size)
    {
        var bucket = size <= 1 ? 0 : 32 - BitOperations.LeadingZeroCount((uint)(size - 1));
        if (bucket > LargestPooled)
        {
            return GC.AllocateUninitializedArray<byte>(size, pinned: true);
        }

        if (_sizes[bucket] is { } stack && stack.TryPop(out var buffer))
        {
            _held -= buffer.Length;
            return buffer;
        }

        return GC.AllocateUninitializedArray<byte>(1 << bucket, pinned: true);
    }

    /// <summary>Takes a buffer back, unless the pool is full or the buffer did not come from <see cref="Rent"/>.</summary>
    public void Return(byte[] buffer)
    {
        if (!BitOperations.IsPow2(buffer.Length) || _held + buffer.Length > limit)
        {
            return;
        }

        var bucket = BitOperations.Log2((uint)buffer.Length);
        (_sizes[bucket] ??= new Stack<byte[]>()).Push(buffer);
        _held += buffer.Length;
    }
}
