using Rampart.Core;

namespace Rampart.Iam.Lint;

/// <summary>
/// The six colon-separated parts of an ARN written in a policy (which may hold wildcards and
/// policy variables): <c>arn:partition:service:region:account:resource</c>.
/// </summary>
public readonly record struct ArnText(string Partition, string Service, string Region, string Account, string Resource)
{
    /// <summary>Splits <paramref name="text"/>; null when it is not <c>arn:</c> followed by five more parts.</summary>
    public static ArnText? Split(string text)
    {
        var parts = text.Split(':', 6);
        return parts.Length == 6 && parts[0] == "arn" ? new ArnText(parts[1], parts[2], parts[3], parts[4], parts[5]) : null;
    }

    /// <summary>True when a part holds a wildcard or a policy variable, so it cannot be checked as written.</summary>
    public static bool IsOpen(string part) =>
        Wildcard.HasWildcard(part) || part.Contains("${", StringComparison.Ordinal);
}
