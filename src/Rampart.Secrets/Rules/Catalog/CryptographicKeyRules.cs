using static Rampart.Secrets.Rules.RuleBuilder;

namespace Rampart.Secrets.Rules.Catalog;

/// <summary>Private keys in their text encodings, age identities and JSON Web Tokens.</summary>
internal static class CryptographicKeyRules
{
    public static IEnumerable<SecretRule> All() =>
    [
        PrivateKey("private-key-rsa", "RSA PRIVATE KEY", "PKCS#1 RSA private key"),
        PrivateKey("private-key-ec", "EC PRIVATE KEY", "SEC1 elliptic-curve private key"),
        PrivateKey("private-key-dsa", "DSA PRIVATE KEY", "DSA private key"),
        PrivateKey("private-key-openssh", "OPENSSH PRIVATE KEY", "OpenSSH private key"),
        PrivateKey("private-key-pkcs8", "PRIVATE KEY", "PKCS#8 private key"),
        PrivateKey("private-key-pkcs8-encrypted", "ENCRYPTED PRIVATE KEY", "encrypted PKCS#8 private key (still worth keeping out of repositories)"),
        PrivateKey("private-key-ssh2-encrypted", "SSH2 ENCRYPTED PRIVATE KEY", "SSH.com (SSH2) encrypted private key"),
        Rule(
            "private-key-pgp", "PGP", "OpenPGP private key block",
            "(?<secret>-----BEGIN PGP PRIVATE KEY BLOCK-----)", ["-----begin pgp private key block"],
            ["-----BEGIN PGP PRIVATE KEY BLOCK-----"],
            ["-----BEGIN PGP PUBLIC KEY BLOCK-----", "-----BEGIN PGP SIGNATURE-----"]),
        Rule(
            "private-key-putty", "PuTTY", "PuTTY private key file (PuTTY-User-Key-File-…)",
            "^(?<secret>PuTTY-User-Key-File-[23]: [a-z0-9\\-]+)", ["putty-user-key-file-"],
            ["PuTTY-User-Key-File-3: ssh-ed25519"],
            ["# PuTTY-User-Key-File-3: ssh-ed25519", "PuTTY-User-Key-File-9: ssh-rsa"]),
        Rule(
            "age-secret-key", "age", "age encryption identity (AGE-SECRET-KEY-1…)",
            Token("AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}"), ["age-secret-key-1"],
            ["AGE-SECRET-KEY-1«c:58»"],
            ["AGE-SECRET-KEY-1«c:57»", "AGE-SECRET-KEY-1«c:50»BBBBBBBB"],
            minEntropy: 3.5),
        Rule(
            "jwt", "JSON Web Token", "JSON Web Token (three base64url parts, header and payload starting eyJ)",
            Token("eyJ[0-9A-Za-z_\\-]{10,}\\.eyJ[0-9A-Za-z_\\-]{10,}\\.[0-9A-Za-z_\\-]{10,}"), ["eyj"],
            ["Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJ«u:60».«u:43»"],
            ["eyJhbGciOiJIUzI1NiJ9.eyJ«u:60»", "eyJhbGciOiJIUzI1NiJ9.abc«u:60».«u:43»"],
            minEntropy: 3.0),
        Rule(
            "bcrypt-password-hash", "bcrypt", "bcrypt password hash (an offline-crackable copy of a password)",
            Token("\\$2[abxy]?\\$[0-9]{2}\\$[./0-9A-Za-z]{53}"), ["$2"],
            ["admin:$2y$10$«m:53»"],
            ["$2y$10$«m:52»", "$3y$10$«m:53»"],
            minEntropy: 3.5),
    ];

    private static SecretRule PrivateKey(string id, string label, string description) => Rule(
        id, "Private key", $"{description} (-----BEGIN {label}-----)",
        $"(?<secret>-----BEGIN {label}-----)", [$"-----begin {label.ToLowerInvariant()}"],
        [$"-----BEGIN {label}-----", $"\"key\": \"-----BEGIN {label}-----\\n«b:64»\\n\""],
        [$"-----BEGIN {label.Replace("PRIVATE", "PUBLIC", StringComparison.Ordinal)}-----", $"-----END {label}-----"]);
}
