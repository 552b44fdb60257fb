namespace Rampart.Secrets.Scanning;

/// <summary>Shannon entropy, in bits per character: how unpredictable a candidate secret looks.</summary>
public static class Entropy
{
    /// <summary>The Shannon entropy of the characters of <paramref name="text"/>; 0 for empty text.</summary>
    public static double Shannon(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        var counts = new Dictionary<char, int>();
        foreach (var c in text)
        {
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }

        var entropy = 0.0;
        foreach (var count in counts.Values)
        {
            var p = (double)count / text.Length;
            entropy -= p * Math.Log2(p);
        }

        return entropy;
    }
}
