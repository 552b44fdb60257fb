using Rampart.Secrets.Scanning;

namespace Rampart.Secrets.Tests.Scanning;

public sealed class EntropyTests
{
    [Theory]
    [InlineData("", 0.0)]
    [InlineData("aaaa", 0.0)]
    [InlineData("ab", 1.0)]
    [InlineData("abcd", 2.0)]
    [InlineData("0123456789abcdef", 4.0)]
    public void Shannon_KnownStrings_GivesBitsPerCharacter(string text, double expected) =>
        Entropy.Shannon(text).ShouldBe(expected, 1e-9);
}
