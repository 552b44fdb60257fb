using Rampart.Iam.Organizations;

namespace Rampart.Iam.Sts;

/// <summary>
/// The roles STS can hand out sessions for, and the organization around the accounts (whose SCPs
/// and RCPs apply as <see cref="PolicyApplicability"/> decides); null when no account is in one.
/// </summary>
public sealed class StsDirectory
{
    private readonly Dictionary<string, IamRole> _roles = new(StringComparer.Ordinal);

    /// <summary>Creates a directory for accounts in <paramref name="organization"/>, or in none.</summary>
    public StsDirectory(Organization? organization = null) => Organization = organization;

    /// <summary>The organization, if any.</summary>
    public Organization? Organization { get; }

    /// <summary>Adds or replaces a role.</summary>
    public StsDirectory Put(IamRole role)
    {
        _roles[role.Arn] = role;
        return this;
    }

    /// <summary>The role with this ARN, or null.</summary>
    public IamRole? FindRole(string arn) => _roles.GetValueOrDefault(arn);

    /// <summary>The role as it is now (a revocation may have changed it since a session was created).</summary>
    public IamRole Current(IamRole role) => _roles.GetValueOrDefault(role.Arn) ?? role;
}
