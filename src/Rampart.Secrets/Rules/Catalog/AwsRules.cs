using static Rampart.Secrets.Rules.RuleBuilder;

namespace Rampart.Secrets.Rules.Catalog;

/// <summary>Amazon Web Services credentials.</summary>
internal static class AwsRules
{
    /// <summary>The access key ID AWS's documentation uses in examples; never a live key, and git-secrets allows it too.</summary>
    public const string DocumentedKeyId = "AKIAIOSFODNN7EXAMPLE";

    /// <summary>The secret access key AWS's documentation uses in examples.</summary>
    public const string DocumentedSecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    public static IEnumerable<SecretRule> All() =>
    [
        Rule(
            "aws-access-key-id", "AWS", "AWS long-term access key ID (AKIA…), the half of a key pair that names it",
            Token("(?:AKIA|ABIA|ACCA)[A-Z2-7]{16}"), ["akia", "abia", "acca"],
            ["aws_access_key_id = AKIAIO5FODNN7EXAMPL«U:1»", "key: AKIA«3:16»", "\"AccessKeyId\": \"ACCA«3:16»\""],
            ["AKIA«3:15»", "AKIA«3:17»", "AKIA«l:16»", "XAKIA«3:16»", $"aws_access_key_id = {DocumentedKeyId}"],
            minEntropy: 2.5),
        Rule(
            "aws-temporary-access-key-id", "AWS", "AWS temporary access key ID (ASIA…) from STS, used with a session token",
            Token("ASIA[A-Z2-7]{16}"), ["asia"],
            ["AWS_ACCESS_KEY_ID=ASIA«3:16»"],
            ["ASIA«3:12»", "asia«3:16»", "ASIA«3:8»-«3:7»"],
            minEntropy: 2.5),
        Rule(
            "aws-secret-access-key", "AWS", "AWS secret access key assigned to a key that names it",
            @"(?i:aws.{0,20}?secret|secret.?access.?key|secret.?key)[A-Za-z0-9_.\-]{0,20}[""']?\s*(?::=|=>|:|=|,)\s*[""']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
            ["secret"],
            ["aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKE«U:1»", "\"SecretAccessKey\": \"«b:40»\"", "AWS_SECRET=«m:40»"],
            [$"aws_secret_access_key = {DocumentedSecretKey}", "aws_secret_access_key = «b:39»", "aws_secret_access_key = «b:41»", "aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}", "aws_secret_access_key = 0000000000000000000000000000000000000000"],
            minEntropy: 3.5),
        Rule(
            "aws-session-token", "AWS", "AWS session token assigned to a key that names it",
            @"(?i:session.?token|security.?token)[A-Za-z0-9_.\-]{0,10}[""']?\s*(?::=|=>|:|=|,)\s*[""']?(?<secret>[A-Za-z0-9/+]{100,}={0,2})(?![A-Za-z0-9/+=])",
            ["session", "security"],
            ["aws_session_token = «b:220»", "\"SessionToken\": \"«b:356»\""],
            ["aws_session_token = «b:99»", "aws_session_token = <token>"],
            minEntropy: 4.0),
        Rule(
            "aws-session-token-value", "AWS", "AWS session token recognised by its fixed opening bytes (IQoJb3JpZ2lu…, FwoGZXIvYXdz…)",
            @"(?<![A-Za-z0-9/+])(?<secret>(?:IQoJb3JpZ2lu|FwoGZXIvYXdz)[A-Za-z0-9/+]{100,}={0,2})(?![A-Za-z0-9/+=])",
            ["iqojb3jpz2lu", "fwogzxivyxdz"],
            ["token IQoJb3JpZ2lu«b:300»", "FwoGZXIvYXdz«b:200»=="],
            ["IQoJb3JpZ2lu«b:40»", "IQoJb3JpZ2lu«b:90»-«b:20»"],
            minEntropy: 4.0),
        Rule(
            "aws-account-id", "AWS", "AWS account ID assigned to a key that names an AWS account",
            @"(?i:aws.?account.?(?:id|number)?|account.?id)[A-Za-z0-9_.\-]{0,10}[""']?\s*(?::=|=>|:|=|,)\s*[""']?(?<secret>\d{4}-?\d{4}-?\d{4})(?![0-9A-Za-z\-])",
            ["account"],
            ["aws_account_id = 123456789012", "\"AccountId\": \"1234-5678-9012\"", "AWS_ACCOUNT=«d:12»"],
            ["aws_account_id = 12345678901", "aws_account_id = 1234567890123", "account_id: abc456789012"]),
        Rule(
            "aws-mws-auth-token", "AWS", "Amazon Marketplace Web Service (MWS) auth token",
            Token(@"amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), ["amzn.mws."],
            ["mws_token: amzn.mws.«h:8»-«h:4»-«h:4»-«h:4»-«h:12»"],
            ["amzn.mws.«h:8»-«h:4»-«h:4»-«h:4»-«h:11»", "amzn.mws.«U:8»-«h:4»-«h:4»-«h:4»-«h:12»"]),
        Rule(
            "aws-appsync-api-key", "AWS", "AWS AppSync GraphQL API key (da2-…)",
            Token("da2-[a-z0-9]{26}"), ["da2-"],
            ["\"aws_appsync_apiKey\": \"da2-«a:26»\""],
            ["da2-«a:25»", "da2-«U:26»"],
            minEntropy: 3.0),
        Rule(
            "aws-bedrock-api-key", "AWS", "Amazon Bedrock long-term API key (ABSKQmVkcm9ja0FQSUtleS1…)",
            @"(?<![A-Za-z0-9/+])(?<secret>ABSKQmVkcm9ja0FQSUtleS1[A-Za-z0-9/+]{100,}={0,2})(?![A-Za-z0-9/+=])",
            ["absk"],
            ["AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS1«b:108»"],
            ["ABSKQmVkcm9ja0FQSUtleS1«b:40»", "ABSKQmVkcm9ja0FQSUtleS2«b:108»"],
            minEntropy: 4.0),
    ];
}
