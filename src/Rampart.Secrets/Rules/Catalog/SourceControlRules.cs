using static Rampart.Secrets.Rules.RuleBuilder;

namespace Rampart.Secrets.Rules.Catalog;

/// <summary>GitHub, GitLab, Bitbucket and Atlassian credentials.</summary>
internal static class SourceControlRules
{
    public static IEnumerable<SecretRule> All() =>
    [
        GitHub("github-pat", "ghp_", "GitHub personal access token (classic)"),
        GitHub("github-oauth-token", "gho_", "GitHub OAuth access token"),
        GitHub("github-user-to-server-token", "ghu_", "GitHub App user-to-server token"),
        GitHub("github-server-to-server-token", "ghs_", "GitHub App installation (server-to-server) token"),
        GitHub("github-refresh-token", "ghr_", "GitHub App refresh token"),
        Rule(
            "github-fine-grained-pat", "GitHub", "GitHub fine-grained personal access token (github_pat_…)",
            Token("github_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59}"), ["github_pat_"],
            ["GH_TOKEN=github_pat_«m:22»_«m:59»"],
            ["github_pat_«m:22»_«m:58»", "github_pat_«m:22»-«m:59»"],
            minEntropy: 3.5),
        Rule(
            "github-oauth-client-secret", "GitHub", "GitHub OAuth app client secret assigned to a key that names GitHub",
            Assigned("github", "client.?secret|secret", "[0-9a-f]{40}"), ["github"],
            ["GITHUB_CLIENT_SECRET=«h:40»"],
            ["GITHUB_CLIENT_SECRET=«h:39»", "GITHUB_CLIENT_ID=«h:40»"],
            minEntropy: 3.0),
        GitLab("gitlab-pat", "glpat-", "[0-9A-Za-z_\\-]{20}", "GitLab personal, project or group access token", "u:20"),
        GitLab("gitlab-deploy-token", "gldt-", "[0-9A-Za-z_\\-]{20}", "GitLab deploy token", "u:20"),
        GitLab("gitlab-runner-token", "glrt-", "[0-9A-Za-z_\\-]{20}", "GitLab runner authentication token", "u:20"),
        GitLab("gitlab-pipeline-trigger-token", "glptt-", "[0-9a-f]{40}", "GitLab pipeline trigger token", "h:40"),
        GitLab("gitlab-scim-token", "glsoat-", "[0-9A-Za-z_\\-]{20}", "GitLab SCIM OAuth access token", "u:20"),
        GitLab("gitlab-ci-job-token", "glcbt-", "(?:[0-9A-Za-z]{1,5}_)?[0-9A-Za-z_\\-]{20}", "GitLab CI/CD job token", "u:20"),
        GitLab("gitlab-incoming-mail-token", "glimt-", "[0-9A-Za-z_\\-]{25}", "GitLab incoming mail token", "u:25"),
        GitLab("gitlab-agent-token", "glagent-", "[0-9A-Za-z_\\-]{50}", "GitLab agent for Kubernetes token", "u:50"),
        GitLab("gitlab-feed-token", "glft-", "[0-9A-Za-z_\\-]{20}", "GitLab feed token", "u:20"),
        GitLab("gitlab-feature-flag-client-token", "glffct-", "[0-9A-Za-z_\\-]{20}", "GitLab feature flags client token", "u:20"),
        GitLab("gitlab-oauth-app-secret", "gloas-", "[0-9a-f]{64}", "GitLab OAuth application secret", "h:64"),
        Rule(
            "gitlab-runner-registration-token", "GitLab", "GitLab runner registration token (GR1348941…)",
            Token("GR1348941[0-9A-Za-z_\\-]{20}"), ["gr1348941"],
            ["registration-token: GR1348941«u:20»"],
            ["GR1348941«u:19»", "GR1348942«u:20»"],
            minEntropy: 3.0),
        Rule(
            "bitbucket-app-password", "Atlassian", "Bitbucket app password (ATBB…)",
            Token("ATBB[A-Za-z0-9_=.\\-]{32}"), ["atbb"],
            ["BITBUCKET_APP_PASSWORD=ATBB«m:32»"],
            ["ATBB«m:31»", "ATBB«m:33»"],
            minEntropy: 3.5),
        Rule(
            "atlassian-api-token", "Atlassian", "Atlassian (Jira, Confluence) API token (ATATT3…)",
            Token("ATATT3[A-Za-z0-9_=\\-]{186}"), ["atatt3"],
            ["JIRA_API_TOKEN=ATATT3«u:186»"],
            ["ATATT3«u:100»", "ATATT4«u:186»"],
            minEntropy: 3.5),
        Rule(
            "atlassian-legacy-api-token", "Atlassian", "legacy 24-character Atlassian API token assigned to a key that names Jira, Confluence or Atlassian",
            Assigned("jira|confluence|atlassian", "[A-Za-z0-9]{24}"), ["jira", "confluence", "atlassian"],
            ["JIRA_TOKEN=«m:24»"],
            ["JIRA_TOKEN=«m:23»", "JIRA_URL=https://demo.atlassian.net"],
            minEntropy: 3.5),
    ];

    private static SecretRule GitHub(string id, string prefix, string description) => Rule(
        id, "GitHub", $"{description} ({prefix}…)",
        Token($"{prefix}[0-9A-Za-z]{{36}}"), [prefix],
        [$"token = \"{prefix}«m:36»\"", $"https://x-access-token:{prefix}«m:36»@github.com/org/repo.git"],
        [$"{prefix}«m:35»", $"{prefix}«m:37»", $"{prefix}«m:20»-«m:15»"],
        minEntropy: 3.5);

    private static SecretRule GitLab(string id, string prefix, string body, string description, string example) => Rule(
        id, "GitLab", $"{description} ({prefix}…)",
        Token($"{prefix}{body}"), [prefix],
        [$"GITLAB_TOKEN={prefix}«{example}»"],
        [$"{prefix}«{example.Split(':')[0]}:{int.Parse(example.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture) - 2}»", $"{prefix}<token>"],
        minEntropy: 3.0);
}
