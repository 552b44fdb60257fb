using System.Globalization;

namespace Rampart.Git.GitSecrets;

/// <summary>git's reading of a boolean config value: true/yes/on, false/no/off/empty, or an integer (non-zero is true).</summary>
public static class GitBoolean
{
    /// <summary>The value, or null when git would refuse it as a boolean.</summary>
    public static bool? Parse(string value) => value.ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" or "" => false,
        var number when int.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) => integer != 0,
        _ => null,
    };
}
