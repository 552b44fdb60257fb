using System.Text.Json;
using Rampart.Aws.Sts;
using Rampart.Secrets.Rules;
using Rampart.Secrets.Scanning;
using Rampart.Secrets.Tests.Cli;
using Rampart.Secrets.Tests.Support;

namespace Rampart.Secrets.Tests.SecretsScan;

/// <summary>Integration: a real moto server with authentication on; the AWS CLI creates the key.</summary>
public sealed class AwsStsVerifierTests(MotoFixture fixture) : IClassFixture<MotoFixture>
{
    private readonly MotoServer _moto = fixture.Server;

    [Fact]
    public async Task VerifyAsync_KeyMotoIssued_IsVerifiedAndMadeUpKeyIsInvalid()
    {
        var (id, secret) = _moto.CreateAccessKey("scanner-verify-" + Guid.NewGuid().ToString("N")[..8]);
        var verifier = new AwsStsVerifier(_moto.Endpoint, "us-east-1");

        (await verifier.VerifyAsync(Pair(id, secret), CancellationToken.None)).ShouldBe(Verification.Verified);
        (await verifier.VerifyAsync(Pair(Fake.AwsKeyId(), Fake.AwsSecret()), CancellationToken.None)).ShouldBe(Verification.Invalid);
        (await verifier.VerifyAsync(Pair(id, Fake.AwsSecret()), CancellationToken.None)).ShouldBe(Verification.Invalid);
    }

    [Fact]
    public void Scan_Verify_MarksEachPairInTheReport()
    {
        var (id, secret) = _moto.CreateAccessKey("scanner-cli-" + Guid.NewGuid().ToString("N")[..8]);
        using var folder = TempRepo.Folder();
        folder.Write("live/credentials", Fake.AwsCredentialsFile(id, secret));
        folder.Write("fake/credentials", Fake.AwsCredentialsFile(Fake.AwsKeyId(), Fake.AwsSecret()));

        var previous = Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_STS");
        Environment.SetEnvironmentVariable("AWS_ENDPOINT_URL_STS", _moto.Endpoint);
        try
        {
            var (exit, output, _) = ScanCli.Run(folder.Path, "--verify", "--format", "json");
            exit.ShouldBe(1);
            using var json = JsonDocument.Parse(output);
            var states = json.RootElement.GetProperty("findings").EnumerateArray()
                .Select(f => (Path: f.GetProperty("path").GetString(), Rule: f.GetProperty("ruleId").GetString(), State: f.GetProperty("verification").GetString()))
                .OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Rule, StringComparer.Ordinal)
                .ToList();
            states.ShouldBe(
            [
                ("fake/credentials", "aws-access-key-id", "invalid"),
                ("fake/credentials", "aws-secret-access-key", "invalid"),
                ("live/credentials", "aws-access-key-id", "verified"),
                ("live/credentials", "aws-secret-access-key", "verified"),
            ]);
        }
        finally
        {
            Environment.SetEnvironmentVariable("AWS_ENDPOINT_URL_STS", previous);
        }
    }

    [Fact]
    public void Scan_WithoutVerify_NeverMarksFindings()
    {
        using var folder = TempRepo.Folder();
        folder.Write("credentials", Fake.AwsCredentialsFile(Fake.AwsKeyId(), Fake.AwsSecret()));
        var (_, output, _) = ScanCli.Run(folder.Path, "--format", "json");
        output.ShouldNotContain("\"verification\"");
    }

    private static AwsKeyPair Pair(string id, string secret) => new(
        new Finding(RuleCatalog.Find("aws-access-key-id").Value!, "f", 1, 1, id),
        new Finding(RuleCatalog.Find("aws-secret-access-key").Value!, "f", 2, 1, secret),
        null);
}
