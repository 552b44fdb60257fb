using static Rampart.Secrets.Rules.RuleBuilder;

namespace Rampart.Secrets.Rules.Catalog;

/// <summary>Credentials recognised by how they are written rather than by who issued them; entropy keeps placeholders out.</summary>
internal static class GenericRules
{
    public static IEnumerable<SecretRule> All() =>
    [
        Rule(
            "generic-password-assignment", "Generic", "quoted password assigned to a key named password, passwd, pwd or pass",
            @"(?i:(?<![a-z0-9])(?:password|passwd|pwd|pass)(?![a-z0-9]))[""']?\s*(?::=|=>|:|=)\s*(?<q>[""'])(?<secret>[^""'\s$<{]{8,128})\k<q>", ["pass", "pwd"],
            ["db_password = \"«m:16»\"", "password: '«m:20»'", "\"pwd\": \"«m:12»\""],
            ["password = \"changeme\"", "password = \"${DB_PASSWORD}\"", "password = os.environ['PASSWORD']", "password = \"aaaaaaaaaaaa\""],
            minEntropy: 3.0),
        Rule(
            "generic-api-key-assignment", "Generic", "high-entropy value assigned to a key named secret, api key, access token, auth token or client secret",
            @"(?i:(?:secret|api.?key|access.?token|auth.?token|client.?secret|private.?key|signing.?key|encryption.?key)[A-Za-z0-9_.\-]{0,20})[""']?\s*(?::=|=>|:|=)\s*[""']?(?<secret>[0-9A-Za-z_\-+/.=]{20,128})(?![0-9A-Za-z_\-+/.=])",
            ["secret", "key", "token"],
            ["API_KEY=«m:32»", "\"client_secret\": \"«u:40»\"", "signing_key: «b:44»"],
            ["API_KEY=your-api-key-goes-here-now", "API_KEY=«m:12»", "API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
            minEntropy: 4.0),
        Rule(
            "http-basic-auth-header", "Generic", "HTTP Basic credentials in an Authorization header",
            @"(?i:authorization[""']?\s*[:=,]\s*[""']?basic\s+)(?<secret>[A-Za-z0-9+/]{12,}={0,2})(?![A-Za-z0-9+/=])", ["basic"],
            ["curl -H 'Authorization: Basic «b:32»'"],
            ["Authorization: Basic ${CREDENTIALS}", "Authorization: Basic «b:8»"],
            minEntropy: 3.0),
        Rule(
            "http-bearer-token", "Generic", "high-entropy bearer token in an Authorization header",
            @"(?i:authorization[""']?\s*[:=,]\s*[""']?bearer\s+)(?<secret>[A-Za-z0-9_\-.=~+/]{20,})(?![A-Za-z0-9_\-.=~+/])", ["bearer"],
            ["curl -H \"Authorization: Bearer «u:40»\""],
            ["Authorization: Bearer ${TOKEN}", "Authorization: Bearer xxxxxxxxxxxxxxxxxxxxxxxxxx"],
            minEntropy: 3.5),
        Rule(
            "netrc-password", "Generic", "password in a .netrc entry (machine … login … password …)",
            @"\bmachine\s+\S+\s+login\s+\S+\s+password\s+(?<secret>[^\s$]\S{3,})", ["machine"],
            ["machine api.example.com login deploy password «m:20»"],
            ["machine api.example.com login deploy", "machine api.example.com login deploy password $TOKEN"]),
        Rule(
            "sshpass-password", "Generic", "password passed to sshpass on the command line (sshpass -p …)",
            @"\bsshpass\s+-p\s*[""']?(?<secret>[^\s""'$-][^\s""']{3,})", ["sshpass"],
            ["sshpass -p '«m:12»' ssh deploy@host"],
            ["sshpass -f ~/.pw ssh deploy@host", "sshpass -p \"$SSH_PASSWORD\" ssh deploy@host"]),
    ];
}
