using System.CommandLine;
using Rampart.Core.Json;
using Rampart.Iam.Sts.Flows;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart iam sessions FILE…</c>: runs session flows (conformance/iam/sessions/README.md) —
/// users switching roles, MFA, expiry, session tags, revocation — on the STS model and says, per
/// case, whether every step gave what the case expects. Exit 1 when a step differs, 2 when a file
/// cannot be read.
/// </summary>
public static class IamSessionsCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var files = new Argument<string[]>("file") { Description = "Session-flow files (JSON)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("sessions", "Run STS session flows: AssumeRole, MFA, expiry, session tags, revocation");
        command.Arguments.Add(files);
        command.SetAction(result => Run(
            result.GetValue(files)!,
            result.GetValue(OutputOption.Instance),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] paths, OutputFormat format, TextWriter output, TextWriter error)
    {
        var failed = false;
        foreach (var path in paths)
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"rampart: cannot read `{path}`: {e.Message}");
                return ExitCode.Usage;
            }

            var outcomes = SessionFlowRunner.Run(text);
            failed |= outcomes.Any(o => !o.Passed);
            if (format == OutputFormat.Json)
            {
                foreach (var outcome in outcomes)
                {
                    output.WriteLine(JsonOutput.Write(json =>
                    {
                        json.WriteStartObject();
                        json.WriteString("file", path);
                        json.WriteString("case", outcome.Case);
                        json.WriteNumber("step", outcome.Step);
                        json.WriteBoolean("passed", outcome.Passed);
                        json.WriteString("actual", outcome.Actual);
                        json.WriteString("mismatch", outcome.Mismatch);
                        json.WriteEndObject();
                    }));
                }

                continue;
            }

            foreach (var group in outcomes.GroupBy(o => o.Case))
            {
                var bad = group.Where(o => !o.Passed).ToList();
                output.WriteLine($"{(bad.Count == 0 ? "ok  " : "FAIL")} {group.Key} ({group.Count()} steps)");
                foreach (var step in bad)
                {
                    output.WriteLine($"     step {step.Step}: {step.Mismatch}");
                }
            }

            var cases = outcomes.Select(o => o.Case).Distinct().Count();
            var casesFailed = outcomes.Where(o => !o.Passed).Select(o => o.Case).Distinct().Count();
            output.WriteLine($"{path}: {cases - casesFailed} of {cases} case(s) as expected");
        }

        return failed ? ExitCode.Found : ExitCode.Ok;
    }
}
