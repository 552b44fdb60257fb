namespace Rampart.Git.Objects;

/// <summary>
/// A reader's store of tree versions: one buffer used as a ring, filled in the order the versions
/// are built and emptied oldest first. Walking history rebuilds a tree along its delta chain
/// whenever a cache has dropped a version on it; holding more versions rebuilds far fewer, and in
/// a ring they cost no allocation each, no collector work and no fresh memory once the ring has
/// gone round. A version stays readable until the next one is placed (the reader's callers copy
/// what they keep). Versions of zero bytes or over a quarter of the ring are not placed. Not thread-safe.
/// </summary>
public sealed class TreeRing(int capacity)
{
    private readonly Queue<(int Start, int Slot)> _placed = new();
    private int _head;

    /// <summary>The ring's memory, allocated once on the pinned heap (it lives as long as the reader).</summary>
    public byte[] Buffer { get; } = GC.AllocateUninitializedArray<byte>(capacity, pinned: true);

    /// <summary>Whether a version of <paramref name="length"/> bytes is placed in the ring.</summary>
    public bool Holds(long length) => length > 0 && length <= capacity / 4;

    /// <summary>
    /// Makes room for <paramref name="length"/> bytes (see <see cref="Holds"/>) that do not overlap the
    /// bytes from <paramref name="keepStart"/> to <paramref name="keepEnd"/> (the base a version is
    /// built from; an empty range keeps nothing), recording <paramref name="slot"/> as their owner.
    /// The slots of the versions whose room is taken are added to <paramref name="dropped"/>.
    /// </summary>
    public int Place(int length, int slot, int keepStart, int keepEnd, List<int> dropped)
    {
        if (_head + length > capacity)
        {
            Wrap(dropped);
        }

        if (keepStart < keepEnd && keepStart < _head + length && keepEnd > _head)
        {
            DropBefore(keepEnd, dropped);
            _head = keepEnd;
            if (_head + length > capacity)
            {
                Wrap(dropped);
            }
        }

        DropBefore(_head + length, dropped);
        var start = _head;
        _placed.Enqueue((start, slot));
        _head += length;
        return start;
    }

    /// <summary>Drops the versions still left from the previous round and starts again at the front.</summary>
    private void Wrap(List<int> dropped)
    {
        DropBefore(capacity, dropped);
        _head = 0;
    }

    /// <summary>
    /// Drops the versions of the previous round that start between the head and <paramref name="end"/>:
    /// they lie in address order at the front of the queue, this round's all before the head.
    /// </summary>
    private void DropBefore(int end, List<int> dropped)
    {
        while (_placed.TryPeek(out var oldest) && oldest.Start >= _head && oldest.Start < end)
        {
            dropped.Add(_placed.Dequeue().Slot);
        }
    }
}
