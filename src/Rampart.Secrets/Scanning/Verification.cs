namespace Rampart.Secrets.Scanning;

/// <summary>Whether a found credential was checked against its provider, and what the provider said.</summary>
public enum Verification
{
    /// <summary>Not checked (the default; <c>--verify</c> was not given or the rule has no verifier).</summary>
    NotChecked,

    /// <summary>The provider accepted the credential: it is live.</summary>
    Verified,

    /// <summary>The provider rejected the credential.</summary>
    Invalid,

    /// <summary>The check could not be completed (network error, missing partner secret).</summary>
    Unknown,
}
