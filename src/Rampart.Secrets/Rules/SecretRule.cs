using System.Text.RegularExpressions;

namespace Rampart.Secrets.Rules;

/// <summary>
/// One entry of the rule pack: what a provider's secret looks like, the words that must be on a
/// line before the regular expression runs, an optional Shannon-entropy floor for the captured
/// secret, and examples that the registry test checks (true positives must be found, false
/// positives — near misses — must not).
/// </summary>
public sealed class SecretRule
{
    /// <summary>How long one regular-expression match may run before it is abandoned.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(500);

    private readonly Lazy<Regex> _regex;

    /// <summary>Creates a rule; the regular expression is built on first use and kept.</summary>
    public SecretRule(string id, string provider, string description, string pattern, IReadOnlyList<string> keywords)
    {
        Id = id;
        Provider = provider;
        Description = description;
        Pattern = pattern;
        Keywords = keywords;
        // Interpreted on purpose: building all 250 rules with RegexOptions.Compiled costs ~600 ms of
        // start-up, more than a working-tree scan saves (and NativeAOT ignores Compiled anyway).
        _regex = new Lazy<Regex>(() => new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MatchTimeout));
    }

    /// <summary>The stable rule id, such as <c>aws-access-key-id</c>.</summary>
    public string Id { get; }

    /// <summary>The service or vendor that issues the secret.</summary>
    public string Provider { get; }

    /// <summary>One line saying what the rule finds.</summary>
    public string Description { get; }

    /// <summary>The .NET regular expression; the named group <c>secret</c>, when present, is the secret.</summary>
    public string Pattern { get; }

    /// <summary>Words (matched case-insensitively) at least one of which must be on a line for the rule to run.</summary>
    public IReadOnlyList<string> Keywords { get; }

    /// <summary>The lowest Shannon entropy (bits per character) a captured secret must have, or null for no check.</summary>
    public double? MinEntropy { get; init; }

    /// <summary>Example lines the rule must find (see <see cref="RuleExample"/> for the placeholder syntax).</summary>
    public IReadOnlyList<string> TruePositives { get; init; } = [];

    /// <summary>Near misses the rule must not find.</summary>
    public IReadOnlyList<string> FalsePositives { get; init; } = [];

    /// <summary>True for rules that recognise a credential by how it is written rather than who issued it; they give way to a provider rule on the same text.</summary>
    public bool IsGeneric => Provider == GenericProvider;

    /// <summary>The <see cref="Provider"/> of generic rules.</summary>
    public const string GenericProvider = "Generic";

    /// <summary>The regular expression, built on first use.</summary>
    public Regex Regex => _regex.Value;

    /// <inheritdoc/>
    public override string ToString() => Id;
}
