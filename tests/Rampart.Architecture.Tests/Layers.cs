namespace Rampart.Architecture.Tests;

/// <summary>The dependency graph of design.md, as data.</summary>
public static class Layers
{
    /// <summary>Pure engines: no I/O, no clock, no environment.</summary>
    public static readonly string[] Engines =
        ["Rampart.Core", "Rampart.Secrets", "Rampart.Iam", "Rampart.Events", "Rampart.Cloud", "Rampart.Guardrails", "Rampart.Org"];

    /// <summary>The Rampart assemblies each project may reference (everything else is a violation).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> AllowedReferences = new Dictionary<string, string[]>
    {
        ["Rampart.Core"] = [],
        ["Rampart.Secrets"] = ["Rampart.Core"],
        ["Rampart.Iam"] = ["Rampart.Core"],
        ["Rampart.Events"] = ["Rampart.Core"],
        ["Rampart.Cloud"] = ["Rampart.Core", "Rampart.Secrets", "Rampart.Iam", "Rampart.Events"],
        ["Rampart.Guardrails"] = ["Rampart.Core", "Rampart.Secrets", "Rampart.Iam", "Rampart.Events", "Rampart.Cloud"],
        ["Rampart.Org"] = ["Rampart.Core", "Rampart.Secrets", "Rampart.Iam", "Rampart.Events", "Rampart.Cloud"],
        ["Rampart.Sandbox"] = ["Rampart.Core", "Rampart.Secrets", "Rampart.Iam", "Rampart.Events", "Rampart.Cloud"],
        ["Rampart.Aws"] = ["Rampart.Core", "Rampart.Secrets", "Rampart.Iam", "Rampart.Events", "Rampart.Cloud"],
        ["Rampart.Git"] = ["Rampart.Core", "Rampart.Secrets"],
        ["Rampart.Cli"] = ["*"],
    };
}
