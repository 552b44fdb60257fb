using System.Security.Cryptography;
using System.Text;

namespace Rampart.Secrets.Scanning;

/// <summary>
/// Finding fingerprints: the first 32 hex digits of SHA-256 over rule id, path and secret. Line and
/// commit are left out on purpose, so a baselined secret stays accepted when lines above it change
/// and a history scan and a working-tree scan agree.
/// </summary>
public static class Fingerprints
{
    /// <summary>The fingerprint of a finding of <paramref name="ruleId"/> at <paramref name="path"/> with <paramref name="secret"/>.</summary>
    public static string Of(string ruleId, string path, string secret)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{ruleId}\0{path}\0{secret}"));
        return Convert.ToHexStringLower(hash)[..32];
    }
}
