using System.CommandLine;
using Rampart.Core.Json;
using Rampart.Core.Reports;
using Rampart.Iam.Lint;
using Rampart.Iam.Policies;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart iam lint FILE…</c>: validates policy documents for their type and runs every lint
/// check (<c>--list-checks</c> lists them). Exit 1 when a finding is an error or a security
/// warning (or, with <c>--fail-on warning|suggestion</c>, at that severity or above), 2 when a file
/// cannot be read or an option is wrong.
/// </summary>
public static class IamLintCommand
{
    private static readonly Dictionary<string, PolicyType> Types = new(StringComparer.Ordinal)
    {
        ["identity"] = PolicyType.Identity,
        ["resource"] = PolicyType.Resource,
        ["trust"] = PolicyType.Trust,
        ["boundary"] = PolicyType.PermissionBoundary,
        ["scp"] = PolicyType.ServiceControl,
        ["rcp"] = PolicyType.ResourceControl,
        ["session"] = PolicyType.Session,
    };

    private static readonly Dictionary<string, LintSeverity> Severities = new(StringComparer.Ordinal)
    {
        ["error"] = LintSeverity.Error,
        ["security-warning"] = LintSeverity.SecurityWarning,
        ["warning"] = LintSeverity.Warning,
        ["suggestion"] = LintSeverity.Suggestion,
    };

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var files = new Argument<string[]>("file") { Description = "Policy documents (JSON files)", Arity = ArgumentArity.ZeroOrMore };
        var type = new Option<string>("--type", "-t")
        {
            Description = "Policy type: identity, resource, trust, boundary, scp, rcp or session",
            DefaultValueFactory = _ => "identity",
        };
        type.AcceptOnlyFromAmong([.. Types.Keys]);
        var format = new Option<string?>("--format", "-f") { Description = "Report format: text, json or sarif (default: --output)" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var disable = new Option<string[]>("--disable") { Description = "Check ids to skip (repeat or comma-separate)", AllowMultipleArgumentsPerToken = true };
        var failOn = new Option<string>("--fail-on") { Description = "Lowest severity that makes the exit code 1", DefaultValueFactory = _ => "security-warning" };
        failOn.AcceptOnlyFromAmong([.. Severities.Keys]);
        var list = new Option<bool>("--list-checks") { Description = "List every check with its severity and documentation, then exit" };
        var command = new Command("lint", "Validate IAM policies and report problems in the spirit of IAM Access Analyzer");
        command.Arguments.Add(files);
        command.Options.Add(type);
        command.Options.Add(format);
        command.Options.Add(disable);
        command.Options.Add(failOn);
        command.Options.Add(list);
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var formatName = result.GetValue(format) ?? (result.GetValue(OutputOption.Instance) == OutputFormat.Json ? "json" : "text");
            if (result.GetValue(list))
            {
                ListChecks(output, formatName);
                return ExitCode.Ok;
            }

            var disabled = (result.GetValue(disable) ?? []).SelectMany(d => d.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.Ordinal);
            if (disabled.FirstOrDefault(id => LintChecks.Find(id) is null) is { } unknown)
            {
                error.WriteLine($"rampart: unknown check `{unknown}`; valid checks: {LintChecks.ValidIds}");
                return ExitCode.Usage;
            }

            var paths = result.GetValue(files) ?? [];
            if (paths.Length == 0)
            {
                error.WriteLine("rampart: name at least one policy file (or use --list-checks)");
                return ExitCode.Usage;
            }

            return Run(paths, Types[result.GetValue(type)!], formatName, disabled, Severities[result.GetValue(failOn)!], output, error);
        });
        return command;
    }

    private static int Run(string[] paths, PolicyType type, string format, HashSet<string> disabled, LintSeverity failOn, TextWriter output, TextWriter error)
    {
        var reports = new List<(string Path, LintReport Report)>();
        foreach (var path in paths)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"rampart: cannot read `{path}`: {e.Message}");
                return ExitCode.Usage;
            }

            reports.Add((path, PolicyLinter.Lint(bytes, type, disabled: disabled)));
        }

        output.WriteLine(format switch
        {
            "json" => Json(reports),
            "sarif" => Sarif(reports),
            _ => Text(reports),
        });
        return reports.SelectMany(r => r.Report.Findings).Any(f => f.Severity <= failOn) ? ExitCode.Found : ExitCode.Ok;
    }

    private static string Text(List<(string Path, LintReport Report)> reports)
    {
        var lines = reports.SelectMany(r => r.Report.Findings.Select(f => $"{r.Path}:{Where(f)} {LintSeverityText.Of(f.Severity)} {f.CheckId}: {f.Message}")).ToList();
        var count = lines.Count;
        lines.Add(count == 0 ? $"{reports.Count} file(s) checked, no findings" : $"{reports.Count} file(s) checked, {count} finding(s)");
        return string.Join('\n', lines);
    }

    private static string Where(LintFinding finding) =>
        finding.Location.HasLineColumn ? $"{finding.Location.Line}:{finding.Location.Column}:" : $"{finding.Location.JsonPointer}:";

    private static string Json(List<(string Path, LintReport Report)> reports) => JsonOutput.Write(
        json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var (path, report) in reports)
            {
                json.WriteStartObject();
                json.WriteString("path", path);
                json.WriteBoolean("valid", report.Valid);
                json.WriteStartArray("findings");
                foreach (var finding in report.Findings)
                {
                    json.WriteStartObject();
                    json.WriteString("check", finding.CheckId);
                    json.WriteString("severity", LintSeverityText.Of(finding.Severity));
                    json.WriteString("message", finding.Message);
                    json.WriteNumber("line", finding.Location.Line);
                    json.WriteNumber("column", finding.Location.Column);
                    json.WriteString("pointer", finding.Location.JsonPointer);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        },
        indented: true);

    private static string Sarif(List<(string Path, LintReport Report)> reports)
    {
        var rules = LintChecks.All
            .Select(c => new SarifRule(c.Id, c.Title, c.Docs, c.DocsUrl, LintSeverityText.SarifLevel(c.Severity)))
            .ToList();
        var results = reports
            .SelectMany(r => r.Report.Findings.Select(f => new SarifResult(
                f.CheckId,
                LintSeverityText.SarifLevel(f.Severity),
                f.Message,
                SarifLog.ToUri(r.Path),
                f.Location.Line,
                f.Location.Column,
                Properties: new Dictionary<string, string> { ["severity"] = LintSeverityText.Of(f.Severity), ["pointer"] = f.Location.JsonPointer ?? string.Empty })))
            .ToList();
        return SarifLog.Write("rampart", VersionAction.Version, "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-policy-validation.html", rules, results);
    }

    private static void ListChecks(TextWriter output, string format)
    {
        if (format == "json")
        {
            output.WriteLine(JsonOutput.Write(
                json =>
                {
                    json.WriteStartArray();
                    foreach (var check in LintChecks.All)
                    {
                        json.WriteStartObject();
                        json.WriteString("id", check.Id);
                        json.WriteString("severity", LintSeverityText.Of(check.Severity));
                        json.WriteString("title", check.Title);
                        json.WriteString("docs", check.Docs);
                        json.WriteString("docsUrl", check.DocsUrl);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                },
                indented: true));
            return;
        }

        foreach (var check in LintChecks.All)
        {
            output.WriteLine($"{check.Id,-40} {LintSeverityText.Of(check.Severity),-16} {check.Title}");
        }
    }
}
