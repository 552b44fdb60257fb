namespace Rampart.Core;

/// <summary>
/// An AWS partition: a group of regions with its own ARN prefix and DNS suffix
/// (<c>aws</c>, <c>aws-cn</c>, <c>aws-us-gov</c>, the isolated partitions, and <c>aws-eusc</c>).
/// </summary>
/// <param name="Id">The ARN partition field, such as <c>aws-cn</c>.</param>
/// <param name="Name">The partition's name in AWS documentation.</param>
/// <param name="DnsSuffix">The DNS suffix of service endpoints in the partition.</param>
public sealed record Partition(string Id, string Name, string DnsSuffix)
{
    /// <summary>The commercial partition.</summary>
    public static readonly Partition Aws = new("aws", "AWS Standard", "amazonaws.com");

    /// <summary>The AWS China partition.</summary>
    public static readonly Partition AwsCn = new("aws-cn", "AWS China", "amazonaws.com.cn");

    /// <summary>The AWS GovCloud (US) partition.</summary>
    public static readonly Partition AwsUsGov = new("aws-us-gov", "AWS GovCloud (US)", "amazonaws.com");

    /// <summary>Every partition Rampart knows, the commercial one first.</summary>
    public static IReadOnlyList<Partition> All { get; } =
    [
        Aws,
        AwsCn,
        AwsUsGov,
        new("aws-iso", "AWS ISO (US)", "c2s.ic.gov"),
        new("aws-iso-b", "AWS ISOB (US)", "sc2s.sgov.gov"),
        new("aws-iso-e", "AWS ISOE (Europe)", "cloud.adc-e.uk"),
        new("aws-iso-f", "AWS ISOF", "csp.hci.ic.gov"),
        new("aws-eusc", "AWS European Sovereign Cloud", "amazonaws.eu"),
    ];

    /// <summary>The partition with this id, or null.</summary>
    public static Partition? Find(string id) => All.FirstOrDefault(p => p.Id == id);

    /// <summary>The partition's regions.</summary>
    public IEnumerable<Region> Regions => Region.All.Where(r => r.Partition == this);

    /// <inheritdoc />
    public override string ToString() => Id;
}
