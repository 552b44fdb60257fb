using System.Text;
using Rampart.Secrets.Rules;
using Rampart.Secrets.Scanning;

namespace Rampart.Secrets.Tests.Support;

/// <summary>
/// The obviously-right scanner the fast one is checked against: the whole text decoded at once,
/// split at <c>\n</c>, every rule's keywords tested with <see cref="string.Contains(string, StringComparison)"/>,
/// every regular expression run, entropy and generic-rule precedence applied by brute force.
/// </summary>
public static class ReferenceScanner
{
    public static List<(string Rule, int Line, int Column, string Secret)> Scan(string text)
    {
        var found = new List<(string Rule, int Line, int Column, string Secret, int End, bool Generic)>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Contains(SecretScanner.InlineAllowMarker, StringComparison.Ordinal))
            {
                continue;
            }

            var onLine = new List<(string Rule, int Line, int Column, string Secret, int End, bool Generic)>();
            foreach (var rule in RuleCatalog.All.Where(r => r.Keywords.Any(k => line.Contains(k, StringComparison.OrdinalIgnoreCase))))
            {
                foreach (System.Text.RegularExpressions.Match match in rule.Regex.Matches(line))
                {
                    var secret = match.Groups["secret"].Success ? match.Groups["secret"] : match;
                    if (secret.Length > 0 && (rule.MinEntropy is null || Entropy.Shannon(secret.Value) >= rule.MinEntropy) && !RuleCatalog.DocumentedExamples.Contains(secret.Value))
                    {
                        onLine.Add((rule.Id, i + 1, secret.Index + 1, secret.Value, secret.Index + secret.Length + 1, rule.IsGeneric));
                    }
                }
            }

            found.AddRange(onLine.Where(f => !f.Generic || !onLine.Any(o => !o.Generic && o.Column < f.End && f.Column < o.End)));
        }

        return [.. found.Select(f => (f.Rule, f.Line, f.Column, f.Secret))];
    }

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
