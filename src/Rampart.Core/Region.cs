namespace Rampart.Core;

/// <summary>
/// An AWS region and the partition it belongs to. <see cref="OptIn"/> regions (launched after
/// March 2019) must be enabled in an account before use.
/// </summary>
/// <param name="Code">The region code, such as <c>eu-west-1</c>.</param>
/// <param name="Name">The region's display name.</param>
/// <param name="Partition">The partition the region is in.</param>
/// <param name="OptIn">True when the region is disabled in an account until it is enabled.</param>
public sealed record Region(string Code, string Name, Partition Partition, bool OptIn)
{
    /// <summary>Every region Rampart knows, commercial regions first.</summary>
    public static IReadOnlyList<Region> All { get; } = BuildCatalog();

    /// <summary>The region with this code, or null.</summary>
    public static Region? Find(string code) => All.FirstOrDefault(r => r.Code == code);

    /// <summary>The region with this code, or an error diagnostic naming the code.</summary>
    public static ParseResult<Region> Parse(string code) =>
        Find(code) is { } region
            ? ParseResult<Region>.Success(region)
            : ParseResult<Region>.Failure(Diagnostic.Error("region.unknown", $"unknown region `{code}`"));

    /// <inheritdoc />
    public override string ToString() => Code;

    private static Region[] BuildCatalog()
    {
        var aws = Partition.Aws;
        var iso = Partition.Find("aws-iso")!;
        var isoB = Partition.Find("aws-iso-b")!;
        var isoE = Partition.Find("aws-iso-e")!;
        var isoF = Partition.Find("aws-iso-f")!;
        var eusc = Partition.Find("aws-eusc")!;
        return
        [
            new("us-east-1", "US East (N. Virginia)", aws, false),
            new("us-east-2", "US East (Ohio)", aws, false),
            new("us-west-1", "US West (N. California)", aws, false),
            new("us-west-2", "US West (Oregon)", aws, false),
            new("af-south-1", "Africa (Cape Town)", aws, true),
            new("ap-east-1", "Asia Pacific (Hong Kong)", aws, true),
            new("ap-east-2", "Asia Pacific (Taipei)", aws, true),
            new("ap-south-1", "Asia Pacific (Mumbai)", aws, false),
            new("ap-south-2", "Asia Pacific (Hyderabad)", aws, true),
            new("ap-southeast-1", "Asia Pacific (Singapore)", aws, false),
            new("ap-southeast-2", "Asia Pacific (Sydney)", aws, false),
            new("ap-southeast-3", "Asia Pacific (Jakarta)", aws, true),
            new("ap-southeast-4", "Asia Pacific (Melbourne)", aws, true),
            new("ap-southeast-5", "Asia Pacific (Malaysia)", aws, true),
            new("ap-southeast-6", "Asia Pacific (New Zealand)", aws, true),
            new("ap-southeast-7", "Asia Pacific (Thailand)", aws, true),
            new("ap-northeast-1", "Asia Pacific (Tokyo)", aws, false),
            new("ap-northeast-2", "Asia Pacific (Seoul)", aws, false),
            new("ap-northeast-3", "Asia Pacific (Osaka)", aws, false),
            new("ca-central-1", "Canada (Central)", aws, false),
            new("ca-west-1", "Canada West (Calgary)", aws, true),
            new("eu-central-1", "Europe (Frankfurt)", aws, false),
            new("eu-central-2", "Europe (Zurich)", aws, true),
            new("eu-west-1", "Europe (Ireland)", aws, false),
            new("eu-west-2", "Europe (London)", aws, false),
            new("eu-west-3", "Europe (Paris)", aws, false),
            new("eu-south-1", "Europe (Milan)", aws, true),
            new("eu-south-2", "Europe (Spain)", aws, true),
            new("eu-north-1", "Europe (Stockholm)", aws, false),
            new("il-central-1", "Israel (Tel Aviv)", aws, true),
            new("me-south-1", "Middle East (Bahrain)", aws, true),
            new("me-central-1", "Middle East (UAE)", aws, true),
            new("mx-central-1", "Mexico (Central)", aws, true),
            new("sa-east-1", "South America (Sao Paulo)", aws, false),
            new("cn-north-1", "China (Beijing)", Partition.AwsCn, false),
            new("cn-northwest-1", "China (Ningxia)", Partition.AwsCn, false),
            new("us-gov-west-1", "AWS GovCloud (US-West)", Partition.AwsUsGov, false),
            new("us-gov-east-1", "AWS GovCloud (US-East)", Partition.AwsUsGov, false),
            new("us-iso-east-1", "US ISO East", iso, false),
            new("us-iso-west-1", "US ISO West", iso, false),
            new("us-isob-east-1", "US ISOB East (Ohio)", isoB, false),
            new("eu-isoe-west-1", "EU ISOE West", isoE, false),
            new("us-isof-south-1", "US ISOF South", isoF, false),
            new("us-isof-east-1", "US ISOF East", isoF, false),
            new("eusc-de-east-1", "EU (Germany)", eusc, false),
        ];
    }
}
