using Rampart.Git.Objects;

namespace Rampart.Secrets.Tests.Objects;

public sealed class TreeRingTests
{
    /// <summary>
    /// Random placements, each kept away from a random live version as a delta's base is: the ring
    /// drops exactly the versions whose bytes a placement takes (every version not dropped still
    /// holds its bytes), never the kept bytes, and holds no more than its capacity.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Place_RandomVersions_DropsExactlyTheVersionsItOverwrites(int seed)
    {
        const int Capacity = 4096;
        var random = new Random(seed);
        var ring = new TreeRing(Capacity);
        var live = new Dictionary<int, (int Start, int Length)>();
        var dropped = new List<int>();
        for (var slot = 0; slot < 20_000; slot++)
        {
            var length = random.Next(1, (Capacity / 4) + 1);
            ring.Holds(length).ShouldBeTrue();
            var keep = live.Count > 0 && random.Next(3) > 0 ? live.ElementAt(random.Next(live.Count)) : default;
            var kept = keep.Value.Length > 0 ? ring.Buffer.AsSpan(keep.Value.Start, keep.Value.Length).ToArray() : [];
            dropped.Clear();
            var start = ring.Place(length, slot, keep.Value.Start, keep.Value.Start + keep.Value.Length, dropped);

            (start + length).ShouldBeLessThanOrEqualTo(Capacity);
            foreach (var gone in dropped)
            {
                live.Remove(gone).ShouldBeTrue($"slot {gone} dropped twice or never placed");
            }

            Array.Fill(ring.Buffer, (byte)slot, start, length);
            if (keep.Value.Length > 0)
            {
                (start >= keep.Value.Start + keep.Value.Length || start + length <= keep.Value.Start).ShouldBeTrue("placed over the kept bytes");
                kept.ShouldBe(ring.Buffer.AsSpan(keep.Value.Start, keep.Value.Length).ToArray());
            }

            foreach (var (other, (otherStart, otherLength)) in live)
            {
                (start >= otherStart + otherLength || start + length <= otherStart).ShouldBeTrue($"slot {slot} overlaps live slot {other}");
            }

            live[slot] = (start, length);
            live.Values.Sum(version => version.Length).ShouldBeLessThanOrEqualTo(Capacity);
        }
    }

    [Fact]
    public void Holds_NothingEmptyOrOverAQuarter()
    {
        var ring = new TreeRing(4096);
        ring.Holds(0).ShouldBeFalse();
        ring.Holds(1024).ShouldBeTrue();
        ring.Holds(1025).ShouldBeFalse();
    }
}
