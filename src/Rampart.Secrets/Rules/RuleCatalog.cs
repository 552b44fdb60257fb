using Rampart.Core;
using Rampart.Secrets.Rules.Catalog;

namespace Rampart.Secrets.Rules;

/// <summary>
/// The rule pack: every <see cref="SecretRule"/> by id, in a fixed order (by provider file, then as
/// written). Rule ids are stable; reports, allow lists and baselines refer to them.
/// </summary>
public static class RuleCatalog
{
    private static readonly Lazy<IReadOnlyList<SecretRule>> Rules = new(() =>
    [
        .. AwsRules.All(),
        .. GoogleRules.All(),
        .. AzureRules.All(),
        .. SourceControlRules.All(),
        .. ChatRules.All(),
        .. PaymentRules.All(),
        .. MessagingRules.All(),
        .. PackageRegistryRules.All(),
        .. CloudPlatformRules.All(),
        .. ObservabilityRules.All(),
        .. DeveloperToolRules.All(),
        .. AiRules.All(),
        .. CryptographicKeyRules.All(),
        .. DatabaseRules.All(),
        .. GenericRules.All(),
    ]);

    private static readonly Lazy<IReadOnlyDictionary<string, SecretRule>> ById = new(() => Rules.Value.ToDictionary(r => r.Id, StringComparer.Ordinal));

    /// <summary>
    /// Values published in providers' documentation as examples (AWS's example key pair). They are
    /// never live, git-secrets allows them too, and no rule reports them.
    /// </summary>
    public static IReadOnlySet<string> DocumentedExamples { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        AwsRules.DocumentedKeyId,
        AwsRules.DocumentedSecretKey,
    };

    /// <summary>Every rule, in catalog order.</summary>
    public static IReadOnlyList<SecretRule> All => Rules.Value;

    /// <summary>The rule with <paramref name="id"/>, or an error listing the valid ids.</summary>
    public static ParseResult<SecretRule> Find(string id) =>
        ById.Value.TryGetValue(id, out var rule)
            ? ParseResult<SecretRule>.Success(rule)
            : ParseResult<SecretRule>.Failure(Diagnostic.Error(
                "secrets.unknown-rule",
                $"unknown rule `{id}`; valid rules are: {string.Join(", ", Rules.Value.Select(r => r.Id))}"));
}
