namespace Rampart.Iam.Policies;

/// <summary>A parsed and validated policy document of one <see cref="PolicyType"/>.</summary>
public sealed class PolicyDocument
{
    /// <summary>The version that enables policy variables.</summary>
    public const string CurrentVersion = "2012-10-17";

    /// <summary>The legacy version, without policy variables.</summary>
    public const string LegacyVersion = "2008-10-17";

    /// <summary>Creates a document.</summary>
    public PolicyDocument(PolicyType type, string? version, string? id, IReadOnlyList<Statement> statements, ElementLocation location)
    {
        Type = type;
        Version = version;
        Id = id;
        Statements = [.. statements];
        Location = location;
    }

    /// <summary>The policy type it was validated as.</summary>
    public PolicyType Type { get; }

    /// <summary>The <c>Version</c>, or null when absent (which AWS reads as 2008-10-17).</summary>
    public string? Version { get; }

    /// <summary>The <c>Id</c>, if any.</summary>
    public string? Id { get; }

    /// <summary>The statements in order.</summary>
    public Statement[] Statements { get; }

    /// <summary>Where the document is.</summary>
    public ElementLocation Location { get; }

    /// <summary>True when policy variables are substituted (Version 2012-10-17).</summary>
    public bool VariablesEnabled => Version == CurrentVersion;
}
