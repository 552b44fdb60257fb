using Amazon;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Rampart.Secrets.Scanning;

namespace Rampart.Aws.Sts;

/// <summary>
/// Checks found AWS credentials with STS GetCallerIdentity, which any valid key may call and which
/// changes nothing. The endpoint comes from <c>AWS_ENDPOINT_URL_STS</c> or <c>AWS_ENDPOINT_URL</c>
/// when set (a local emulator such as moto), else the regional STS endpoint of <c>AWS_REGION</c>
/// (default us-east-1). Only <c>--verify</c> calls this.
/// </summary>
public sealed class AwsStsVerifier(string? endpoint, string region)
{
    private static readonly string[] RejectedCodes = ["InvalidClientTokenId", "SignatureDoesNotMatch", "ExpiredToken", "UnrecognizedClientException", "AuthFailure", "InvalidAccessKeyId"];

    /// <summary>A verifier configured from the process environment.</summary>
    public static AwsStsVerifier FromEnvironment() => new(
        Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_STS") is { Length: > 0 } sts ? sts : Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL") is { Length: > 0 } any ? any : null,
        Environment.GetEnvironmentVariable("AWS_REGION") is { Length: > 0 } region ? region : "us-east-1");

    /// <summary>What STS says about <paramref name="pair"/>.</summary>
    public async Task<Verification> VerifyAsync(AwsKeyPair pair, CancellationToken cancellationToken)
    {
        AWSCredentials credentials = pair.SessionToken is { } token
            ? new SessionAWSCredentials(pair.AccessKeyId.Secret, pair.SecretAccessKey.Secret, token.Secret)
            : new BasicAWSCredentials(pair.AccessKeyId.Secret, pair.SecretAccessKey.Secret);
        var config = new AmazonSecurityTokenServiceConfig
        {
            Timeout = TimeSpan.FromSeconds(10),
            MaxErrorRetry = 1,
        };
        if (endpoint is not null)
        {
            config.ServiceURL = endpoint;
            config.AuthenticationRegion = region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        using var sts = new AmazonSecurityTokenServiceClient(credentials, config);
        try
        {
            await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest(), cancellationToken);
            return Verification.Verified;
        }
        catch (AmazonServiceException e) when (RejectedCodes.Contains(e.ErrorCode))
        {
            return Verification.Invalid;
        }
        catch (AmazonServiceException e) when (e.ErrorCode is "AccessDenied" or "AccessDeniedException")
        {
            // Denied, not rejected: the signature was accepted, so the key is live (AWS itself never
            // denies GetCallerIdentity; emulators and SCP-like controls can).
            return Verification.Verified;
        }
        catch (Exception e) when (e is AmazonClientException or AmazonServiceException or HttpRequestException or TaskCanceledException)
        {
            return Verification.Unknown;
        }
    }
}
