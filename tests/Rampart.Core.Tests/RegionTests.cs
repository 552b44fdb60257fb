namespace Rampart.Core.Tests;

public class RegionTests
{
    [Theory]
    [InlineData("us-east-1", "aws", false)]
    [InlineData("ap-northeast-1", "aws", false)]
    [InlineData("af-south-1", "aws", true)]
    [InlineData("cn-northwest-1", "aws-cn", false)]
    [InlineData("us-gov-east-1", "aws-us-gov", false)]
    [InlineData("us-isob-east-1", "aws-iso-b", false)]
    public void Find_KnownRegion_HasPartition(string code, string partition, bool optIn)
    {
        var region = Region.Find(code).ShouldNotBeNull();

        region.Partition.Id.ShouldBe(partition);
        region.OptIn.ShouldBe(optIn);
        region.Partition.Regions.ShouldContain(region);
    }

    [Fact]
    public void Parse_UnknownRegion_NamesIt() =>
        Region.Parse("mars-north-1").FirstError!.Message.ShouldBe("unknown region `mars-north-1`");

    [Fact]
    public void All_CodesAreUniqueAndEveryPartitionHasRegions()
    {
        Region.All.Select(r => r.Code).ShouldBeUnique();
        Partition.All.ShouldAllBe(p => p.Regions.Any());
        Partition.Aws.Regions.Count().ShouldBeGreaterThanOrEqualTo(30);
    }
}
