using System.Collections.Frozen;
using Rampart.Iam.Policies;

namespace Rampart.Iam.Lint;

/// <summary>The registry of every lint check, by id. An unknown id fails with the list of valid ids.</summary>
public static class LintChecks
{
    /// <summary>
    /// The policy must parse and be valid for its type; its findings are the parser's diagnostics
    /// (AWS's wording first). The other checks run only on a valid policy.
    /// </summary>
    public static LintCheck Syntax { get; } = new(
        "syntax",
        LintSeverity.Error,
        "policy is not valid",
        "IAM, Organizations or the resource's service would reject the document: invalid JSON, a missing or prohibited element, an unknown condition operator, a value of the wrong type, a size over the quota.",
        DocsUrl.Iam + "reference_policies_grammar.html",
        new(PolicyType.Identity,
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Resource":"*"}]}""",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}"""),
        _ => []);

    /// <summary>Every check, syntax first.</summary>
    public static IReadOnlyList<LintCheck> All { get; } =
    [
        Syntax,
        .. StructureChecks.All,
        .. ActionChecks.All,
        .. ResourceChecks.All,
        .. PrincipalChecks.All,
        .. ConditionChecks.All,
        .. SecurityChecks.All,
    ];

    private static readonly FrozenDictionary<string, LintCheck> ById = All.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);

    /// <summary>The check with this id, or null.</summary>
    public static LintCheck? Find(string id) => ById.GetValueOrDefault(id);

    /// <summary>The ids, comma-separated, for error messages.</summary>
    public static string ValidIds => string.Join(", ", All.Select(c => c.Id));
}
