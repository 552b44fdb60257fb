namespace Rampart.Git.GitSecrets;

/// <summary>What <see cref="BlobFacts"/> learnt about one blob; <see cref="Unknown"/> when it did not build it.</summary>
[Flags]
public enum BlobFact : byte
{
    /// <summary>Not learnt: a loose blob, or one the pack walk does not build.</summary>
    Unknown = 0,

    /// <summary>Learnt; the other flags say what.</summary>
    Known = 1,

    /// <summary>A NUL in the first 8,000 bytes: git diffs and greps it as binary.</summary>
    Binary = 2,

    /// <summary>The pattern's line filter finds no candidate line in it, reading bytes as in the C locale.</summary>
    NoCandidate = 4,

    /// <summary>It holds a byte above 0x7f (only looked for when git reads text in a multibyte locale).</summary>
    NonAscii = 8,
}
