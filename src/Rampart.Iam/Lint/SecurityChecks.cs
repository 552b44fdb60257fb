using Rampart.Iam.Catalog;
using Rampart.Iam.Policies;

namespace Rampart.Iam.Lint;

/// <summary>Checks for grants broader than a policy likely means: admin access, escalation paths, tampering with logs.</summary>
public static class SecurityChecks
{
    private static readonly string[] EscalationActions =
    [
        "iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion", "iam:AttachUserPolicy", "iam:AttachGroupPolicy",
        "iam:AttachRolePolicy", "iam:PutUserPolicy", "iam:PutGroupPolicy", "iam:PutRolePolicy", "iam:UpdateAssumeRolePolicy",
        "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile", "iam:AddUserToGroup",
        "iam:DeleteUserPermissionsBoundary", "iam:DeleteRolePermissionsBoundary", "iam:PutUserPermissionsBoundary", "iam:PutRolePermissionsBoundary",
    ];

    private static readonly string[] LoggingActions =
    [
        "cloudtrail:StopLogging", "cloudtrail:DeleteTrail", "cloudtrail:UpdateTrail", "cloudtrail:PutEventSelectors",
        "config:StopConfigurationRecorder", "config:DeleteConfigurationRecorder", "config:DeleteDeliveryChannel",
        "guardduty:DeleteDetector", "guardduty:UpdateDetector", "securityhub:DisableSecurityHub", "logs:DeleteLogGroup",
    ];

    private static readonly string[] SecretActions =
    [
        "secretsmanager:GetSecretValue", "ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath", "kms:Decrypt",
    ];

    /// <summary>The checks in this group.</summary>
    public static IReadOnlyList<LintCheck> All { get; } =
    [
        new(
            "full-admin",
            LintSeverity.SecurityWarning,
            "allows every action on every resource",
            "`\"Action\": \"*\"` on `\"Resource\": \"*\"` without a condition is administrator access. Grant the actions the principal needs, or keep this only for break-glass roles.",
            DocsUrl.Iam + "best-practices.html#grant-least-privilege",
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}"""),
            c => c.Allows.Where(s => !s.Action.IsNot && s.Action.Patterns.Contains("*") && LintContext.OnAllResources(s) && !LintContext.HasConditions(s))
                .Select(s => new LintHit($"statement {s.Label} allows every action on every resource", s.Location))),
        new(
            "service-admin",
            LintSeverity.Warning,
            "allows every action of a service on every resource",
            "`\"service:*\"` on `\"Resource\": \"*\"` grants every current and future action of the service, permissions management included.",
            DocsUrl.Iam + "best-practices.html#grant-least-privilege",
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":"*"}]}"""),
            c => c.Allows.Where(s => !s.Action.IsNot && LintContext.OnAllResources(s) && !LintContext.HasConditions(s))
                .SelectMany(s => s.Action.Patterns.Select((p, i) => (p, s.Action.Locations[i])))
                .Where(x => x.p.EndsWith(":*", StringComparison.Ordinal) && !x.p.StartsWith('*'))
                .Select(x => new LintHit($"`{x.p}` allows every action of the service on every resource", x.Item2))),
        new(
            "allow-with-not-action",
            LintSeverity.SecurityWarning,
            "Allow with NotAction",
            "`Allow` with `NotAction` grants every action not listed, in every service, including services AWS adds later. List the actions to allow instead.",
            DocsUrl.Iam + "reference_policies_elements_notaction.html",
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"iam:*","Resource":"*","Condition":{"StringNotEquals":{"aws:RequestedRegion":"eu-west-1"}}}]}"""),
            c => c.Allows.Where(s => s.Action.IsNot)
                .Select(s => new LintHit($"statement {s.Label} allows every action except those listed", s.Action.Location))),
        new(
            "allow-with-not-resource",
            LintSeverity.SecurityWarning,
            "Allow with NotResource",
            "`Allow` with `NotResource` grants the actions on every resource not listed, in every account and region, including resources created later. List the resources instead.",
            DocsUrl.Iam + "reference_policies_elements_notresource.html",
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","NotResource":"arn:aws:s3:::payroll/*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::reports/*"}]}"""),
            c => c.Allows.Where(s => s.Resource is { IsNot: true })
                .Select(s => new LintHit($"statement {s.Label} allows the actions on every resource except those listed", s.Resource!.Location))),
        new(
            "pass-role-any-role",
            LintSeverity.SecurityWarning,
            "iam:PassRole on every role",
            "Allowing `iam:PassRole` on `*` lets the principal hand any role, administrator roles included, to a service it controls, and act with that role's permissions. Name the roles.",
            DocsUrl.Iam + "id_roles_use_passrole.html",
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:PassRole","ec2:RunInstances"],"Resource":"*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::111122223333:role/app-instance"}]}"""),
            c => c.Allows.Where(s => LintContext.Covers(s, "iam:PassRole") && LintContext.OnAllResources(s) && !s.Action.Patterns.Contains("*"))
                .Select(s => new LintHit($"statement {s.Label} allows `iam:PassRole` on every role", s.Location))),
        new(
            "pass-role-without-service",
            LintSeverity.Suggestion,
            "iam:PassRole without iam:PassedToService",
            "Limit which service a role may be passed to with an `iam:PassedToService` condition, so the role cannot be handed to a service that lets the principal act with it in another way.",
            DocsUrl.Iam + "id_roles_use_passrole.html",
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::111122223333:role/app-instance"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::111122223333:role/app-instance","Condition":{"StringEquals":{"iam:PassedToService":"ec2.amazonaws.com"}}}]}"""),
            c => c.Allows.Where(s => LintContext.Covers(s, "iam:PassRole") && !s.Action.IsNot && !s.Action.Patterns.Contains("*")
                    && !LintContext.ConditionKeys(s).Contains("iam:passedtoservice"))
                .Select(s => new LintHit($"statement {s.Label} allows `iam:PassRole` without an `iam:PassedToService` condition", s.Action.Location))),
        new(
            "assume-any-role",
            LintSeverity.SecurityWarning,
            "sts:AssumeRole on every role",
            "Allowing `sts:AssumeRole` on `*` lets the principal assume every role that trusts its account, in any account. Name the roles it may switch to (for example the Dev role day to day, the Prd role for production work).",
            DocsUrl.Iam + "id_roles_use_permissions-to-switch.html",
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::444455556666:role/dev"}]}"""),
            c => c.Allows.Where(s => LintContext.Covers(s, "sts:AssumeRole") && LintContext.OnAllResources(s) && !s.Action.Patterns.Contains("*") && c.Document.Type != PolicyType.Trust)
                .Select(s => new LintHit($"statement {s.Label} allows `sts:AssumeRole` on every role", s.Location))),
        new(
            "privilege-escalation",
            LintSeverity.SecurityWarning,
            "allows an IAM privilege escalation path",
            "Actions such as `iam:PutUserPolicy`, `iam:AttachRolePolicy`, `iam:CreatePolicyVersion` or `iam:CreateAccessKey` on every resource let a principal give itself (or another identity) any permission.",
            DocsUrl.Iam + "best-practices.html#grant-least-privilege",
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:Put*Policy","Resource":"*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:Get*","Resource":"*"}]}"""),
            c => c.Allows.Where(s => LintContext.OnAllResources(s) && !s.Action.Patterns.Contains("*"))
                .Select(s => (s, found: EscalationActions.Where(a => LintContext.Covers(s, a)).ToList()))
                .Where(x => x.found.Count > 0)
                .Select(x => new LintHit($"statement {x.s.Label} allows {string.Join(", ", x.found.Select(a => $"`{a}`"))} on every resource", x.s.Location))),
        new(
            "logging-tamper",
            LintSeverity.SecurityWarning,
            "allows turning off or deleting audit logging",
            "`cloudtrail:StopLogging`, `cloudtrail:DeleteTrail`, `config:StopConfigurationRecorder` and similar actions let a principal hide what it does. Grant them only to the roles that manage logging, under a condition.",
            "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/security_iam_id-based-policy-examples.html",
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"cloudtrail:*","Resource":"*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["cloudtrail:DescribeTrails","cloudtrail:LookupEvents"],"Resource":"*"}]}"""),
            c => c.Allows.Where(s => !s.Action.Patterns.Contains("*") && !LintContext.HasConditions(s))
                .Select(s => (s, found: LoggingActions.Where(a => LintContext.Covers(s, a)).ToList()))
                .Where(x => x.found.Count > 0)
                .Select(x => new LintHit($"statement {x.s.Label} allows {string.Join(", ", x.found.Select(a => $"`{a}`"))} without a condition", x.s.Location))),
        new(
            "permissions-management-on-all-resources",
            LintSeverity.Warning,
            "permissions-management actions on every resource",
            "Actions of access level Permissions management change who can do what (resource policies, grants, ACLs). On `*` they reach every resource of the kind; name the resources.",
            DocsUrl.ServiceAuthorization,
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:PutBucketPolicy","Resource":"*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:PutBucketPolicy","Resource":"arn:aws:s3:::reports"}]}"""),
            c => c.Allows.Where(s => LintContext.OnAllResources(s) && !s.Action.Patterns.Contains("*") && !LintContext.HasConditions(s))
                .Select(s => (s, found: c.ActionsOf(s).Where(a => a.AccessLevel == AccessLevel.PermissionsManagement).ToList()))
                .Where(x => x.found.Count > 0)
                .Select(x => new LintHit($"statement {x.s.Label} allows {x.found.Count} permissions-management action(s) on every resource, such as `{x.found[0].FullName}`", x.s.Location))),
        new(
            "secrets-read-on-all-resources",
            LintSeverity.Warning,
            "reads every secret",
            "`secretsmanager:GetSecretValue`, `ssm:GetParameter*` or `kms:Decrypt` on `*` reads every secret, parameter or encrypted value the account holds. Name the secrets or keys.",
            DocsUrl.Iam + "best-practices.html#grant-least-privilege",
            new(PolicyType.Identity,
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"secretsmanager:GetSecretValue","Resource":"*"}]}""",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"secretsmanager:GetSecretValue","Resource":"arn:aws:secretsmanager:eu-west-1:111122223333:secret:app/db-AbCdEf"}]}"""),
            c => c.Allows.Where(s => LintContext.OnAllResources(s) && !s.Action.Patterns.Contains("*") && !LintContext.HasConditions(s))
                .Select(s => (s, found: SecretActions.Where(a => LintContext.Covers(s, a)).ToList()))
                .Where(x => x.found.Count > 0)
                .Select(x => new LintHit($"statement {x.s.Label} allows {string.Join(", ", x.found.Select(a => $"`{a}`"))} on every resource", x.s.Location))),
    ];
}
