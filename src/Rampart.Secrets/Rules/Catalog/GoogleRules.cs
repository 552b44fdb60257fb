using static Rampart.Secrets.Rules.RuleBuilder;

namespace Rampart.Secrets.Rules.Catalog;

/// <summary>Google Cloud, Google APIs and Firebase credentials.</summary>
internal static class GoogleRules
{
    public static IEnumerable<SecretRule> All() =>
    [
        Rule(
            "gcp-api-key", "Google Cloud", "Google API key (AIza…), used by Google Cloud, Maps and Firebase",
            Token("AIza[0-9A-Za-z_\\-]{35}"), ["aiza"],
            ["const key = \"AIza«u:35»\";"],
            ["AIza«u:34»", "AIza«u:36»", "aiza«u:35»"],
            minEntropy: 3.5),
        Rule(
            "gcp-service-account-private-key", "Google Cloud", "private key inside a Google Cloud service-account JSON key file",
            @"""private_key""\s*:\s*""-----BEGIN (?:RSA )?PRIVATE KEY-----\\n(?<secret>[A-Za-z0-9+/=]{40,})",
            ["private_key"],
            ["  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n«b:64»\\n«b:64»\\n-----END PRIVATE KEY-----\\n\","],
            ["  \"private_key\": \"\",", "  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n...\\n\""]),
        Rule(
            "gcp-service-account-key-id", "Google Cloud", "private key ID inside a Google Cloud service-account JSON key file",
            @"""private_key_id""\s*:\s*""(?<secret>[0-9a-f]{40})""",
            ["private_key_id"],
            ["  \"private_key_id\": \"«h:40»\","],
            ["  \"private_key_id\": \"«h:39»\",", "  \"private_key_id\": \"«U:40»\","]),
        Rule(
            "gcp-oauth-client-secret", "Google Cloud", "Google OAuth client secret (GOCSPX-…)",
            Token("GOCSPX-[0-9A-Za-z_\\-]{28}"), ["gocspx-"],
            ["\"client_secret\": \"GOCSPX-«u:28»\""],
            ["GOCSPX-«u:27»", "GOCSPX-«u:29»"],
            minEntropy: 3.5),
        Rule(
            "gcp-oauth-access-token", "Google Cloud", "Google OAuth 2.0 access token (ya29.…)",
            Token("ya29\\.[0-9A-Za-z_\\-]{30,}"), ["ya29."],
            ["Authorization: Bearer ya29.«u:120»"],
            ["ya29.«u:20»", "ya29-«u:120»"],
            minEntropy: 3.5),
        Rule(
            "gcp-oauth-refresh-token", "Google Cloud", "Google OAuth 2.0 refresh token (1//0…)",
            @"(?<![A-Za-z0-9_\-/])(?<secret>1//0[0-9A-Za-z_\-]{40,})(?![A-Za-z0-9_\-])", ["1//0"],
            ["refresh_token: 1//0«u:98»"],
            ["1//0«u:30»", "http://0«u:60»"],
            minEntropy: 3.5),
        Rule(
            "firebase-cloud-messaging-server-key", "Google Cloud", "Firebase Cloud Messaging legacy server key (…:APA91b…)",
            Token("AAAA[A-Za-z0-9_\\-]{7}:APA91b[A-Za-z0-9_\\-]{134}"), [":apa91b"],
            ["server_key = AAAA«u:7»:APA91b«u:134»"],
            ["AAAA«u:7»:APA91b«u:100»", "AAAA«u:7»:APA92b«u:134»"],
            minEntropy: 3.5),
    ];
}
