using Rampart.Secrets.Rules;

namespace Rampart.Secrets.Tests.Support;

/// <summary>Key-shaped test data assembled at run time, so nothing key-shaped is committed.</summary>
public static class Fake
{
    public static string AwsKeyId(string seed = "") => RuleExample.Expand($"AKIA«3:16»{seed}")[..20];

    public static string AwsSecret(string seed = "") => RuleExample.Expand($"«b:40»{seed}")[..40];

    public static string GitHubToken(string seed = "") => RuleExample.Expand($"ghp_«m:36»{seed}")[..40];

    public static string AwsCredentialsFile(string keyId, string secret) =>
        $"[default]\naws_access_key_id = {keyId}\naws_secret_access_key = {secret}\n";
}
