namespace Rampart.Secrets.Rules;

/// <summary>Shorthands the catalog files use to write rules and their regular expressions.</summary>
internal static class RuleBuilder
{
    /// <summary>What may separate a key from its value: <c>=</c>, <c>:</c>, <c>:=</c>, <c>=&gt;</c> or a comma, with quotes and spaces.</summary>
    private const string Separator = @"[""']?\s*(?::=|=>|:|=|,)\s*[""']?";

    /// <summary>A rule with its examples.</summary>
    public static SecretRule Rule(
        string id,
        string provider,
        string description,
        string pattern,
        string[] keywords,
        string[] truePositives,
        string[] falsePositives,
        double? minEntropy = null) =>
        new(id, provider, description, pattern, keywords)
        {
            TruePositives = truePositives,
            FalsePositives = falsePositives,
            MinEntropy = minEntropy,
        };

    /// <summary>A self-identifying token (its own prefix), not glued to other word characters on either side.</summary>
    public static string Token(string body) => $@"(?<![A-Za-z0-9_\-])(?<secret>{body})(?![A-Za-z0-9_\-])";

    /// <summary>
    /// A value assigned to a key whose name contains <paramref name="key"/> (case-insensitive), as
    /// in <c>TWILIO_AUTH_TOKEN=…</c>, <c>"twilioToken": "…"</c> or <c>twilio.token: …</c>.
    /// </summary>
    public static string Assigned(string key, string value) =>
        $@"(?i:(?:{key}))[A-Za-z0-9_.\-]{{0,30}}{Separator}(?<secret>{value})(?![A-Za-z0-9_\-+/])";

    /// <summary>
    /// A value assigned to a key that names the provider and then one of <paramref name="field"/>,
    /// as in <c>DATADOG_API_KEY=…</c>.
    /// </summary>
    public static string Assigned(string key, string field, string value) =>
        $@"(?i:(?:{key})[A-Za-z0-9_.\-]{{0,20}}?(?:{field}))[A-Za-z0-9_.\-]{{0,12}}{Separator}(?<secret>{value})(?![A-Za-z0-9_\-+/])";
}
