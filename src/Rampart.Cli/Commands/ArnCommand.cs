using System.CommandLine;
using Rampart.Core;
using Rampart.Core.Json;

namespace Rampart.Cli.Commands;

/// <summary><c>rampart arn ARN…</c>: parses ARNs and shows their parts, or says what is wrong.</summary>
public static class ArnCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var arns = new Argument<string[]>("arn")
        {
            Description = "One or more ARNs to parse",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("arn", "Parse ARNs and show partition, service, region, account and resource");
        command.Arguments.Add(arns);
        command.SetAction(result => Run(result.GetValue(arns)!, result.GetValue(OutputOption.Instance), result.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string[] texts, OutputFormat format, TextWriter output)
    {
        var exit = ExitCode.Ok;
        foreach (var text in texts)
        {
            var parsed = Arn.Parse(text);
            if (!parsed.Succeeded)
            {
                exit = ExitCode.Usage;
            }

            output.WriteLine(format == OutputFormat.Json ? ToJson(text, parsed) : ToText(parsed));
        }

        return exit;
    }

    private static string ToText(ParseResult<Arn> parsed)
    {
        if (!parsed.Succeeded)
        {
            return $"error: {parsed.FirstError!.Message}";
        }

        var arn = parsed.Value;
        var region = Region.Find(arn.Region);
        return string.Join(
            '\n',
            $"arn:       {arn}",
            $"partition: {arn.Partition}{(arn.KnownPartition is { } p ? $" ({p.Name})" : " (unknown partition)")}",
            $"service:   {arn.Service}",
            $"region:    {(arn.Region.Length == 0 ? "(none)" : region is null ? $"{arn.Region} (unknown region)" : $"{arn.Region} ({region.Name})")}",
            $"account:   {(arn.Account.Length == 0 ? "(none)" : arn.Account)}",
            $"resource:  {arn.Resource}",
            $"type:      {arn.ResourceType ?? "(none)"}",
            $"id:        {arn.ResourceId}");
    }

    private static string ToJson(string text, ParseResult<Arn> parsed) => JsonOutput.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("arn", text);
        if (parsed.Succeeded)
        {
            var arn = parsed.Value;
            json.WriteString("partition", arn.Partition);
            json.WriteString("service", arn.Service);
            json.WriteString("region", arn.Region);
            json.WriteString("account", arn.Account);
            json.WriteString("resource", arn.Resource);
            json.WriteString("resourceType", arn.ResourceType);
            json.WriteString("resourceId", arn.ResourceId);
        }
        else
        {
            json.WriteString("error", parsed.FirstError!.Message);
        }

        json.WriteEndObject();
    });
}
