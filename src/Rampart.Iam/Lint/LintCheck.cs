namespace Rampart.Iam.Lint;

/// <summary>
/// One policy check, registered by id in <see cref="LintChecks"/> with its documentation and
/// an example that the registry test walks.
/// </summary>
/// <param name="Id">The stable id, kebab-case.</param>
/// <param name="Severity">The severity of its findings.</param>
/// <param name="Title">What it finds, in a few words.</param>
/// <param name="Docs">Why it matters and how to fix it, in a sentence or two.</param>
/// <param name="DocsUrl">The AWS documentation the check follows.</param>
/// <param name="Example">A policy it reports and the fixed policy.</param>
/// <param name="Run">The check: where it fires in one parsed policy, and why.</param>
public sealed record LintCheck(
    string Id,
    LintSeverity Severity,
    string Title,
    string Docs,
    string DocsUrl,
    LintExample Example,
    Func<LintContext, IEnumerable<LintHit>> Run);
