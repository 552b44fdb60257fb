namespace Rampart.Iam.Sts;

/// <summary>
/// Access key ids for temporary credentials, from an injected, seeded random source:
/// <c>ASIA</c> followed by 16 characters of AWS's key alphabet (A–Z, 2–7).
/// </summary>
public sealed class SessionIds
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private readonly Random _random;

    /// <summary>Uses <paramref name="random"/>; pass a seeded one for reproducible ids.</summary>
    public SessionIds(Random random) => _random = random;

    /// <summary>A new temporary access key id.</summary>
    public string NextAccessKeyId() =>
        string.Create(20, _random, (span, random) =>
        {
            "ASIA".AsSpan().CopyTo(span);
            for (var i = 4; i < span.Length; i++)
            {
                span[i] = Alphabet[random.Next(Alphabet.Length)];
            }
        });
}
