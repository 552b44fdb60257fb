namespace Rampart.Iam.Catalog;

/// <summary>
/// The AWS global condition context keys (IAM User Guide › AWS global condition context keys) and
/// their types. Keys ending in <c>/${TagKey}</c> take any tag key after the slash.
/// </summary>
public static class GlobalConditionKeys
{
    /// <summary>Every global key, by name, case-insensitive.</summary>
    public static IReadOnlyDictionary<string, ConditionKeyType> All { get; } =
        new Dictionary<string, ConditionKeyType>(StringComparer.OrdinalIgnoreCase)
        {
            ["aws:AssumedRoot"] = ConditionKeyType.Bool,
            ["aws:CalledVia"] = ConditionKeyType.ArrayOfString,
            ["aws:CalledViaFirst"] = ConditionKeyType.String,
            ["aws:CalledViaLast"] = ConditionKeyType.String,
            ["aws:ChatbotSourceArn"] = ConditionKeyType.ARN,
            ["aws:CurrentTime"] = ConditionKeyType.Date,
            ["aws:Ec2InstanceSourcePrivateIPv4"] = ConditionKeyType.IPAddress,
            ["aws:Ec2InstanceSourceVpc"] = ConditionKeyType.String,
            ["aws:EpochTime"] = ConditionKeyType.Date,
            ["aws:FederatedProvider"] = ConditionKeyType.String,
            ["aws:MultiFactorAuthAge"] = ConditionKeyType.Numeric,
            ["aws:MultiFactorAuthPresent"] = ConditionKeyType.Bool,
            ["aws:PrincipalAccount"] = ConditionKeyType.String,
            ["aws:PrincipalArn"] = ConditionKeyType.ARN,
            ["aws:PrincipalIsAWSService"] = ConditionKeyType.Bool,
            ["aws:PrincipalOrgID"] = ConditionKeyType.String,
            ["aws:PrincipalOrgPaths"] = ConditionKeyType.ArrayOfString,
            ["aws:PrincipalServiceName"] = ConditionKeyType.String,
            ["aws:PrincipalServiceNamesList"] = ConditionKeyType.ArrayOfString,
            ["aws:PrincipalTag/${TagKey}"] = ConditionKeyType.String,
            ["aws:PrincipalType"] = ConditionKeyType.String,
            ["aws:Referer"] = ConditionKeyType.String,
            ["aws:RequestedRegion"] = ConditionKeyType.String,
            ["aws:RequestTag/${TagKey}"] = ConditionKeyType.String,
            ["aws:ResourceAccount"] = ConditionKeyType.String,
            ["aws:ResourceOrgID"] = ConditionKeyType.String,
            ["aws:ResourceOrgPaths"] = ConditionKeyType.ArrayOfString,
            ["aws:ResourceTag/${TagKey}"] = ConditionKeyType.String,
            ["aws:SecureTransport"] = ConditionKeyType.Bool,
            ["aws:SourceAccount"] = ConditionKeyType.String,
            ["aws:SourceArn"] = ConditionKeyType.ARN,
            ["aws:SourceIdentity"] = ConditionKeyType.String,
            ["aws:SourceIp"] = ConditionKeyType.IPAddress,
            ["aws:SourceOrgID"] = ConditionKeyType.String,
            ["aws:SourceOrgPaths"] = ConditionKeyType.ArrayOfString,
            ["aws:SourceVpc"] = ConditionKeyType.String,
            ["aws:SourceVpcArn"] = ConditionKeyType.ARN,
            ["aws:SourceVpce"] = ConditionKeyType.String,
            ["aws:TagKeys"] = ConditionKeyType.ArrayOfString,
            ["aws:TokenIssueTime"] = ConditionKeyType.Date,
            ["aws:UserAgent"] = ConditionKeyType.String,
            ["aws:userid"] = ConditionKeyType.String,
            ["aws:username"] = ConditionKeyType.String,
            ["aws:ViaAWSService"] = ConditionKeyType.Bool,
            ["aws:VpceAccount"] = ConditionKeyType.String,
            ["aws:VpceOrgID"] = ConditionKeyType.String,
            ["aws:VpceOrgPaths"] = ConditionKeyType.ArrayOfString,
            ["aws:VpcSourceIp"] = ConditionKeyType.IPAddress,
        };
}
