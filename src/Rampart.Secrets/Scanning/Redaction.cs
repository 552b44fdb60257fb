namespace Rampart.Secrets.Scanning;

/// <summary>How secrets are shown by default: enough of the start to recognise the kind, nothing more.</summary>
public static class Redaction
{
    /// <summary>The mask that replaces the hidden part; its length never depends on the secret's.</summary>
    public const string Mask = "*****";

    /// <summary>The first four characters of secrets longer than eight, then <see cref="Mask"/>; shorter secrets are masked whole.</summary>
    public static string Redact(string secret) => secret.Length > 8 ? string.Concat(secret.AsSpan(0, 4), Mask) : Mask;
}
