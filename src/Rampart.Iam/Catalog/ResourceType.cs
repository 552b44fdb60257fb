using System.Text.RegularExpressions;

namespace Rampart.Iam.Catalog;

/// <summary>
/// A resource type of a service and its ARN format, such as <c>object</c> with
/// <c>arn:${Partition}:s3:::${BucketName}/${ObjectName}</c>.
/// </summary>
public sealed class ResourceType
{
    private readonly Lazy<Regex> _arnRegex;

    /// <summary>Creates a resource type.</summary>
    public ResourceType(string service, string name, string arnFormat, IReadOnlyList<string> conditionKeys)
    {
        Service = service;
        Name = name;
        ArnFormat = arnFormat;
        ConditionKeys = conditionKeys;
        _arnRegex = new Lazy<Regex>(() => BuildRegex(arnFormat));
    }

    /// <summary>The service prefix.</summary>
    public string Service { get; }

    /// <summary>The resource type's name.</summary>
    public string Name { get; }

    /// <summary>The ARN format with <c>${Placeholder}</c> parts.</summary>
    public string ArnFormat { get; }

    /// <summary>Condition keys that apply to this resource type.</summary>
    public IReadOnlyList<string> ConditionKeys { get; }

    /// <summary>
    /// True when <paramref name="arn"/> (which may hold IAM wildcards) can name a resource of this
    /// type: each placeholder stands for one or more characters; a wildcard in the ARN may stand
    /// for anything, including separators.
    /// </summary>
    public bool CanMatch(string arn) => _arnRegex.Value.IsMatch(arn) || (arn.Contains('*', StringComparison.Ordinal) && WildcardCouldMatch(arn));

    /// <inheritdoc />
    public override string ToString() => $"{Service}:{Name} ({ArnFormat})";

    private bool WildcardCouldMatch(string arn)
    {
        var sample = Regex.Replace(ArnFormat, @"\$\{[^}]+\}", "x", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var pattern = "^" + Regex.Escape(arn).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(sample, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static Regex BuildRegex(string format)
    {
        var parts = Regex.Split(format, @"(\$\{[^}]+\})", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var pattern = string.Concat(parts.Select(p => p.StartsWith("${", StringComparison.Ordinal) ? ".+" : Regex.Escape(p)));
        return new Regex($"^{pattern}$", RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }
}
