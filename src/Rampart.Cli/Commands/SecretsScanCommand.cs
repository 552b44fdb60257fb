using System.CommandLine;
using Rampart.Cli.SecretsScan;
using Rampart.Secrets.Rules;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart secrets scan [PATH] [--history [--since REV] | --staged] …</c>: the rule-pack scanner
/// (docs/secrets.md, Scanner). Exit 0 when nothing is found, 1 when secrets are found, 2 on bad input.
/// The <c>secrets</c> verb that owns it adds this command as a subcommand.
/// </summary>
public static class SecretsScanCommand
{
    private static readonly string[] Formats = ["text", "json", "sarif", "junit"];

    /// <summary>Builds the <c>scan</c> command.</summary>
    public static Command Create()
    {
        var path = new Argument<string>("path")
        {
            Description = "File, folder or repository to scan (default: the current folder)",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var history = new Option<bool>("--history") { Description = "Scan every blob in the repository's history once, reporting the commit that introduced each secret" };
        var since = new Option<string?>("--since") { Description = "With --history: only commits after REV up to HEAD (REV..HEAD); implies --history", HelpName = "REV" };
        var staged = new Option<bool>("--staged") { Description = "Scan the staged content (the index), not the files on disk" };
        var baseline = new Option<string?>("--baseline") { Description = "Baseline file: findings it lists are accepted, only new ones fail", HelpName = "FILE" };
        var updateBaseline = new Option<bool>("--update-baseline") { Description = "Write every current finding to the --baseline file and exit 0" };
        var allowList = new Option<string?>("--allow-list") { Description = "Allow-list file of path:, rule: and fingerprint: entries", HelpName = "FILE" };
        var format = new Option<string?>("--format") { Description = "Report format: text, json, sarif or junit (default text, or json with --output json)" };
        format.AcceptOnlyFromAmong(Formats);
        var noRedact = new Option<bool>("--no-redact") { Description = "Show secrets in full (they are redacted by default)" };
        var verify = new Option<bool>("--verify") { Description = "Check found AWS key pairs with STS GetCallerIdentity and mark them verified or invalid (network; off by default)" };
        var listRules = new Option<bool>("--list-rules") { Description = "List the rule pack (id, provider, description) and exit" };

        var command = new Command("scan", "Scan files, staged content or git history for secrets with Rampart's rule pack");
        command.Arguments.Add(path);
        foreach (var option in new Option[] { history, since, staged, baseline, updateBaseline, allowList, format, noRedact, verify, listRules })
        {
            command.Options.Add(option);
        }

        command.SetAction(result =>
        {
            var config = result.InvocationConfiguration;
            if (result.GetValue(listRules))
            {
                foreach (var rule in RuleCatalog.All)
                {
                    config.Output.WriteLine($"{rule.Id}\t{rule.Provider}\t{rule.Description}");
                }

                return ExitCode.Ok;
            }

            var sinceValue = result.GetValue(since);
            var request = new ScanRequest(
                result.GetValue(path) ?? ".",
                result.GetValue(history) || sinceValue is not null,
                sinceValue,
                result.GetValue(staged),
                result.GetValue(baseline),
                result.GetValue(updateBaseline),
                result.GetValue(allowList),
                result.GetValue(format) ?? (result.GetResult(OutputOption.Instance) is not null && result.GetValue(OutputOption.Instance) == OutputFormat.Json ? "json" : "text"),
                !result.GetValue(noRedact),
                result.GetValue(verify));
            return new ScanRun(request, config.Output, config.Error).Execute();
        });
        return command;
    }
}
