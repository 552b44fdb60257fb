using System.CommandLine;

namespace Rampart.Cli;

/// <summary>The <c>--output text|json</c> convention every verb follows.</summary>
public enum OutputFormat
{
    /// <summary>Lines for a person.</summary>
    Text,

    /// <summary>One JSON document (or JSON Lines where the verb streams).</summary>
    Json,
}

/// <summary>The shared <c>--output</c> option, recursive from the root command.</summary>
public static class OutputOption
{
    /// <summary>The option instance, added once to the root command.</summary>
    public static Option<OutputFormat> Instance { get; } = Create();

    private static Option<OutputFormat> Create()
    {
        var option = new Option<OutputFormat>("--output", "-o")
        {
            Description = "Output format",
            HelpName = "text|json",
            DefaultValueFactory = _ => OutputFormat.Text,
            Recursive = true,
            CustomParser = result => result.Tokens.Single().Value switch
            {
                "text" => OutputFormat.Text,
                "json" => OutputFormat.Json,
                var other => Invalid(result, other),
            },
        };
        return option;
    }

    private static OutputFormat Invalid(System.CommandLine.Parsing.ArgumentResult result, string value)
    {
        result.AddError($"unknown output format `{value}`: use text or json");
        return OutputFormat.Text;
    }
}
