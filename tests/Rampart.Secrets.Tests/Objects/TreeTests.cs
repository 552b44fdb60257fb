using System.Text;
using Rampart.Git.Objects;

namespace Rampart.Secrets.Tests.Objects;

public sealed class TreeTests
{
    /// <summary>
    /// Every mode reads as its octal value, whether it is one git writes (read in one step) or an
    /// older or odd one (read digit by digit), with the name and id after it.
    /// </summary>
    [Theory]
    [InlineData("40000")]
    [InlineData("100644")]
    [InlineData("100755")]
    [InlineData("120000")]
    [InlineData("160000")]
    [InlineData("100664")]
    [InlineData("040000")]
    [InlineData("644")]
    [InlineData("4000")]
    [InlineData("1006440")]
    public void TryRead_AnyMode_ReadsItsOctalValueNameAndId(string mode)
    {
        var id = Enumerable.Range(1, ObjectId.Size).Select(i => (byte)(i * 13)).ToArray();
        var content = Entry(mode, "name with spaces", id).Concat(Entry("100644", "z", id)).ToArray();

        Tree.TryRead(content, 0, out var entry).ShouldBeTrue();
        entry.Mode.ShouldBe(Convert.ToInt32(mode, 8));
        Encoding.ASCII.GetString(entry.Name(content)).ShouldBe("name with spaces");
        entry.Id(content).ShouldBe(ObjectId.FromRaw(id));
        Tree.TryRead(content, entry.End, out var next).ShouldBeTrue();
        next.Mode.ShouldBe(0x81A4);
        Tree.TryRead(content, next.End, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("10a644")]
    [InlineData("1000000000")]
    [InlineData("1008")]
    [InlineData("")]
    public void TryRead_MalformedMode_Throws(string mode)
    {
        var content = Entry(mode, "file", new byte[ObjectId.Size]);
        Should.Throw<GitObjectException>(() => Tree.TryRead(content, 0, out _));
    }

    [Fact]
    public void TryRead_TruncatedEntry_Throws()
    {
        var content = Entry("100644", "file", new byte[ObjectId.Size])[..^1];
        Should.Throw<GitObjectException>(() => Tree.TryRead(content, 0, out _));
    }

    private static byte[] Entry(string mode, string name, byte[] id) => [.. Encoding.ASCII.GetBytes($"{mode} {name}\0"), .. id];
}
