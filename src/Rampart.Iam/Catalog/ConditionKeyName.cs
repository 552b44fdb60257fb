namespace Rampart.Iam.Catalog;

/// <summary>
/// Matches a condition key used in a policy against a catalog key that may end in a
/// <c>${…}</c> placeholder (<c>aws:ResourceTag/${TagKey}</c> matches <c>aws:ResourceTag/team</c>).
/// Condition key names are case-insensitive.
/// </summary>
public static class ConditionKeyName
{
    /// <summary>True when <paramref name="used"/> is an instance of <paramref name="catalogKey"/>.</summary>
    public static bool Matches(string catalogKey, string used)
    {
        var placeholder = catalogKey.IndexOf("${", StringComparison.Ordinal);
        if (placeholder < 0)
        {
            return string.Equals(catalogKey, used, StringComparison.OrdinalIgnoreCase);
        }

        var end = catalogKey.IndexOf('}', placeholder);
        var prefix = catalogKey[..placeholder];
        var suffix = end < 0 ? string.Empty : catalogKey[(end + 1)..];
        return used.Length > prefix.Length + suffix.Length
            && used.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            && used.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
    }
}
