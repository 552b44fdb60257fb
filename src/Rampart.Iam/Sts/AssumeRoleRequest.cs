namespace Rampart.Iam.Sts;

/// <summary>The parameters of <c>sts:AssumeRole</c>, named as the STS API names them.</summary>
public sealed record AssumeRoleRequest
{
    /// <summary>The role to assume.</summary>
    public required string RoleArn { get; init; }

    /// <summary>The session name, 2 to 64 characters of <c>[\w+=,.@-]</c>.</summary>
    public required string RoleSessionName { get; init; }

    /// <summary>Requested duration; 3600 when absent.</summary>
    public int? DurationSeconds { get; init; }

    /// <summary>An inline session policy (JSON text).</summary>
    public string? Policy { get; init; }

    /// <summary>Session tags.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Tags { get; init; } = [];

    /// <summary>Keys of <see cref="Tags"/> that pass on through role chaining.</summary>
    public IReadOnlyList<string> TransitiveTagKeys { get; init; } = [];

    /// <summary>The external id a third party passes (<c>sts:ExternalId</c>).</summary>
    public string? ExternalId { get; init; }

    /// <summary>The serial number of the caller's MFA device.</summary>
    public string? SerialNumber { get; init; }

    /// <summary>The one-time code from that device.</summary>
    public string? TokenCode { get; init; }

    /// <summary>The source identity to set (<c>sts:SourceIdentity</c>).</summary>
    public string? SourceIdentity { get; init; }
}
