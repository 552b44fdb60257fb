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
    public static Option<OutputFormat> Instance { get; } = new("--output", "-o")
    {
        Description = "Output format: text or json",
        DefaultValueFactory = _ => OutputFormat.Text,
        Recursive = true,
    };
}
