using static Rampart.Secrets.Rules.RuleBuilder;

namespace Rampart.Secrets.Rules.Catalog;

/// <summary>Developer platforms, CI/CD, secret managers, identity providers and productivity SaaS.</summary>
internal static class DeveloperToolRules
{
    private const string Uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private const string UuidExample = "«h:8»-«h:4»-«h:4»-«h:4»-«h:12»";

    public static IEnumerable<SecretRule> All() =>
    [
        Rule(
            "okta-api-token", "Okta", "Okta API token (00…) assigned to a key that names Okta",
            Assigned("okta", "00[0-9A-Za-z_\\-]{40}"), ["okta"],
            ["OKTA_API_TOKEN=00«u:40»"],
            ["OKTA_API_TOKEN=00«u:39»", "OKTA_API_TOKEN=11«u:40»"],
            minEntropy: 3.5),
        Rule(
            "auth0-client-secret", "Okta", "Auth0 client secret assigned to a key that names Auth0",
            Assigned("auth0", "secret", "[0-9A-Za-z_\\-]{64}"), ["auth0"],
            ["AUTH0_CLIENT_SECRET=«u:64»"],
            ["AUTH0_CLIENT_SECRET=«u:63»", "AUTH0_CLIENT_ID=«m:32»"],
            minEntropy: 3.5),
        Rule(
            "vault-service-token", "HashiCorp", "HashiCorp Vault service token (hvs.…)",
            Token("hvs\\.[0-9A-Za-z_\\-]{90,120}"), ["hvs."],
            ["VAULT_TOKEN=hvs.«u:95»"],
            ["hvs.«u:24»", "hvx.«u:95»"],
            minEntropy: 3.5),
        Rule(
            "vault-batch-token", "HashiCorp", "HashiCorp Vault batch token (hvb.…)",
            Token("hvb\\.[0-9A-Za-z_\\-]{138,300}"), ["hvb."],
            ["VAULT_TOKEN=hvb.«u:150»"],
            ["hvb.«u:100»", "hvc.«u:150»"],
            minEntropy: 3.5),
        Rule(
            "vault-legacy-token", "HashiCorp", "HashiCorp Vault legacy service token (s.…) assigned to a key that names Vault",
            Assigned("vault", "token", "s\\.[0-9A-Za-z]{24}"), ["vault"],
            ["VAULT_TOKEN=s.«m:24»"],
            ["VAULT_TOKEN=s.«m:23»", "VAULT_ADDR=https://vault.example.com"],
            minEntropy: 3.5),
        Rule(
            "terraform-cloud-api-token", "HashiCorp", "Terraform Cloud / Enterprise API token (….atlasv1.…)",
            Token("[0-9A-Za-z]{14}\\.atlasv1\\.[0-9A-Za-z_=\\-]{60,70}"), [".atlasv1."],
            ["token = \"«m:14».atlasv1.«u:67»\""],
            ["«m:14».atlasv1.«u:40»", "«m:14».atlasv2.«u:67»"],
            minEntropy: 3.5),
        Rule(
            "doppler-token", "Doppler", "Doppler personal, service, service-account, CLI, SCIM or audit token (dp.pt.…, dp.st.…)",
            Token("dp\\.(?:pt|st|sa|ct|scim|audit)\\.[0-9A-Za-z_.\\-]{40,44}"), ["dp.pt.", "dp.st.", "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."],
            ["DOPPLER_TOKEN=dp.st.«m:43»", "dp.pt.«m:43»"],
            ["dp.st.«m:20»", "dp.xx.«m:43»"],
            minEntropy: 3.5),
        Rule(
            "pulumi-access-token", "Pulumi", "Pulumi access token (pul-…)",
            Token("pul-[0-9a-f]{40}"), ["pul-"],
            ["PULUMI_ACCESS_TOKEN=pul-«h:40»"],
            ["pul-«h:39»", "pul-«U:40»"],
            minEntropy: 3.0),
        Rule(
            "postman-api-key", "Postman", "Postman API key (PMAK-…)",
            Token("PMAK-[0-9a-f]{24}-[0-9a-f]{34}"), ["pmak-"],
            ["POSTMAN_API_KEY=PMAK-«h:24»-«h:34»"],
            ["PMAK-«h:24»-«h:33»", "PMAK-«U:24»-«h:34»"],
            minEntropy: 3.0),
        Rule(
            "databricks-api-token", "Databricks", "Databricks personal access token (dapi…)",
            Token("dapi[0-9a-f]{32}(?:-[0-9])?"), ["dapi"],
            ["DATABRICKS_TOKEN=dapi«h:32»", "token: dapi«h:32»-2"],
            ["dapi«h:31»", "dapi«U:32»"],
            minEntropy: 3.0),
        Rule(
            "linear-api-key", "Linear", "Linear API key (lin_api_…)",
            Token("lin_api_[0-9A-Za-z]{40}"), ["lin_api_"],
            ["LINEAR_API_KEY=lin_api_«m:40»"],
            ["lin_api_«m:39»", "lin_api_«m:41»"],
            minEntropy: 3.5),
        Rule(
            "linear-oauth-token", "Linear", "Linear OAuth access token (lin_oauth_…)",
            Token("lin_oauth_[0-9a-f]{64}"), ["lin_oauth_"],
            ["LINEAR_TOKEN=lin_oauth_«h:64»"],
            ["lin_oauth_«h:63»", "lin_oauth_«U:64»"],
            minEntropy: 3.0),
        Rule(
            "notion-integration-token", "Notion", "Notion internal integration secret (ntn_…, or legacy secret_… assigned to a key that names Notion)",
            Token("ntn_[0-9]{11}[0-9A-Za-z]{35}") + "|" + Assigned("notion", "secret_[0-9A-Za-z]{43}"), ["ntn_", "notion"],
            ["NOTION_TOKEN=ntn_«d:11»«m:35»", "NOTION_API_KEY=secret_«m:43»"],
            ["ntn_«d:11»«m:34»", "NOTION_API_KEY=secret_«m:42»"],
            minEntropy: 3.5),
        Rule(
            "asana-pat", "Asana", "Asana personal access token (1/…:…, 2/…/…:…)",
            @"(?<![0-9A-Za-z/])(?<secret>(?:[01]/[0-9]{16}|2/[0-9]{16}/[0-9]{16}):[0-9a-f]{32})(?![0-9A-Za-z])", ["1/", "0/", "2/"],
            ["ASANA_TOKEN=1/«d:16»:«h:32»", "ASANA_TOKEN=2/«d:16»/«d:16»:«h:32»"],
            ["1/«d:16»:«h:31»", "3/«d:16»:«h:32»"],
            minEntropy: 3.0),
        Rule(
            "dropbox-short-lived-token", "Dropbox", "Dropbox short-lived access token (sl.…)",
            Token("sl\\.[0-9A-Za-z_\\-]{130,}"), ["sl."],
            ["DROPBOX_TOKEN=sl.«u:140»"],
            ["sl.«u:60»", "xsl.«u:140»"],
            minEntropy: 3.5),
        Rule(
            "dropbox-long-lived-token", "Dropbox", "Dropbox long-lived access token assigned to a key that names Dropbox",
            Assigned("dropbox", "[0-9a-z]{11}AAAAAAAAAA[0-9A-Za-z_=\\-]{43}"), ["dropbox"],
            ["DROPBOX_TOKEN=«a:11»AAAAAAAAAA«u:43»"],
            ["DROPBOX_TOKEN=«a:11»AAAAAAAAAA«u:40»", "DROPBOX_APP_KEY=«a:15»"],
            minEntropy: 3.0),
        Rule(
            "airtable-pat", "Airtable", "Airtable personal access token (pat….…)",
            Token("pat[0-9A-Za-z]{14}\\.[0-9a-f]{64}"), ["pat"],
            ["AIRTABLE_API_KEY=pat«m:14».«h:64»"],
            ["pat«m:14».«h:63»", "pat«m:13».«h:64»"],
            minEntropy: 3.5),
        Rule(
            "hubspot-private-app-token", "HubSpot", "HubSpot private app access token (pat-na1-…)",
            Token($"pat-(?:na|eu|ap)[0-9]-{Uuid}"), ["pat-"],
            [$"HUBSPOT_TOKEN=pat-na1-{UuidExample}"],
            ["pat-na1-«h:8»-«h:4»-«h:4»-«h:4»-«h:11»", $"pat-xx1-{UuidExample}"]),
        Rule(
            "typeform-pat", "Typeform", "Typeform personal access token (tfp_…)",
            Token("tfp_[0-9A-Za-z_=\\-.]{59}"), ["tfp_"],
            ["TYPEFORM_TOKEN=tfp_«u:59»"],
            ["tfp_«u:58»", "tfp_«u:60»"],
            minEntropy: 3.5),
        Rule(
            "contentful-pat", "Contentful", "Contentful personal access token (CFPAT-…)",
            Token("CFPAT-[0-9A-Za-z_=\\-]{43}"), ["cfpat-"],
            ["CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-«u:43»"],
            ["CFPAT-«u:42»", "CFPAT-«u:44»"],
            minEntropy: 3.5),
        Rule(
            "figma-pat", "Figma", "Figma personal access token (figd_…)",
            Token("figd_[0-9A-Za-z_\\-]{40}"), ["figd_"],
            ["FIGMA_TOKEN=figd_«u:40»"],
            ["figd_«u:39»", "figd_«u:41»"],
            minEntropy: 3.5),
        Rule(
            "frameio-api-token", "Adobe", "Frame.io API token (fio-u-…)",
            Token("fio-u-[0-9A-Za-z_=\\-]{64}"), ["fio-u-"],
            ["FRAMEIO_TOKEN=fio-u-«u:64»"],
            ["fio-u-«u:63»", "fio-x-«u:64»"],
            minEntropy: 3.5),
        Rule(
            "clickup-api-token", "ClickUp", "ClickUp personal API token (pk_…_…)",
            Token("pk_[0-9]{6,10}_[0-9A-Z]{32}"), ["pk_"],
            ["CLICKUP_TOKEN=pk_«d:8»_«A:32»"],
            ["pk_«d:8»_«A:31»", "pk_«d:8»_«l:32»"],
            minEntropy: 3.0),
        Rule(
            "trello-api-token", "Atlassian", "Trello API token assigned to a key that names Trello",
            Assigned("trello", "token", "ATTA[0-9A-Za-z]{60,70}|[0-9a-f]{64}"), ["trello"],
            ["TRELLO_TOKEN=ATTA«m:64»", "TRELLO_TOKEN=«h:64»"],
            ["TRELLO_TOKEN=«h:32»", "TRELLO_KEY=«h:64»"],
            minEntropy: 3.0),
        Rule(
            "circleci-pat", "CircleCI", "CircleCI personal API token (CCIPAT_…)",
            Token("CCIPAT_[0-9A-Za-z]{22}_[0-9a-f]{40}"), ["ccipat_"],
            ["CIRCLE_TOKEN=CCIPAT_«m:22»_«h:40»"],
            ["CCIPAT_«m:22»_«h:39»", "CCIPAT_«m:21»_«h:40»"],
            minEntropy: 3.5),
        Rule(
            "buildkite-agent-or-user-token", "Buildkite", "Buildkite user API access token (bkua_…)",
            Token("bkua_[0-9a-f]{40}"), ["bkua_"],
            ["BUILDKITE_API_TOKEN=bkua_«h:40»"],
            ["bkua_«h:39»", "bkua_«U:40»"],
            minEntropy: 3.0),
        Rule(
            "harness-pat", "Harness", "Harness personal or service account token (pat.….….…)",
            Token("(?:pat|sat)\\.[0-9A-Za-z_\\-]{22}\\.[0-9a-f]{24}\\.[0-9A-Za-z]{20}"), ["pat.", "sat."],
            ["HARNESS_TOKEN=pat.«u:22».«h:24».«m:20»"],
            ["pat.«u:22».«h:24».«m:19»", "pat.«u:22».«U:24».«m:20»"],
            minEntropy: 3.5),
        Rule(
            "octopus-deploy-api-key", "Octopus Deploy", "Octopus Deploy API key (API-…)",
            Token("API-[0-9A-Z]{25,29}"), ["api-"],
            ["OCTOPUS_API_KEY=API-«A:27»"],
            ["API-«A:20»", "API-«l:27»"],
            minEntropy: 3.0),
        Rule(
            "sonarqube-token", "Sonar", "SonarQube / SonarCloud token (squ_…, sqp_…, sqa_…)",
            Token("sq[upa]_[0-9a-f]{40}"), ["squ_", "sqp_", "sqa_"],
            ["SONAR_TOKEN=squ_«h:40»"],
            ["squ_«h:39»", "sqx_«h:40»"],
            minEntropy: 3.0),
        Rule(
            "snyk-api-token", "Snyk", "Snyk API token assigned to a key that names Snyk",
            Assigned("snyk", Uuid), ["snyk"],
            [$"SNYK_TOKEN={UuidExample}"],
            ["SNYK_TOKEN=«h:8»-«h:4»-«h:4»-«h:4»-«h:11»", "SNYK_ORG=my-org"],
            minEntropy: 3.0),
        Rule(
            "sourcegraph-access-token", "Sourcegraph", "Sourcegraph access token (sgp_…)",
            Token("sgp_(?:[0-9a-f]{16}|local)_[0-9a-f]{40}"), ["sgp_"],
            ["SRC_ACCESS_TOKEN=sgp_«h:16»_«h:40»"],
            ["sgp_«h:16»_«h:39»", "sgp_«h:15»_«h:40»"],
            minEntropy: 3.0),
        Rule(
            "prefect-api-key", "Prefect", "Prefect Cloud API key (pnu_…)",
            Token("pnu_[0-9A-Za-z]{36}"), ["pnu_"],
            ["PREFECT_API_KEY=pnu_«m:36»"],
            ["pnu_«m:35»", "pnu_«m:37»"],
            minEntropy: 3.5),
        Rule(
            "readme-api-key", "ReadMe", "ReadMe API key (rdme_…)",
            Token("rdme_[0-9a-z]{70}"), ["rdme_"],
            ["README_API_KEY=rdme_«a:70»"],
            ["rdme_«a:69»", "rdme_«A:70»"],
            minEntropy: 3.5),
        Rule(
            "scalingo-api-token", "Scalingo", "Scalingo API token (tk-us-…)",
            Token("tk-us-[0-9A-Za-z_\\-]{48}"), ["tk-us-"],
            ["SCALINGO_API_TOKEN=tk-us-«u:48»"],
            ["tk-us-«u:47»", "tk-eu-«u:48»"],
            minEntropy: 3.5),
        Rule(
            "infracost-api-token", "Infracost", "Infracost API token (ico-…)",
            Token("ico-[0-9A-Za-z]{32}"), ["ico-"],
            ["INFRACOST_API_KEY=ico-«m:32»"],
            ["ico-«m:31»", "ico-«m:33»"],
            minEntropy: 3.5),
        Rule(
            "onepassword-service-account-token", "1Password", "1Password service account token (ops_eyJ…)",
            Token("ops_eyJ[0-9A-Za-z+/]{250,}={0,3}"), ["ops_eyj"],
            ["OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ«m:300»"],
            ["ops_eyJ«m:100»", "ops_xyz«m:300»"],
            minEntropy: 3.5),
        Rule(
            "onepassword-secret-key", "1Password", "1Password account Secret Key (A3-…)",
            Token("A3-[0-9A-Z]{6}-(?:[0-9A-Z]{11}|[0-9A-Z]{6}-[0-9A-Z]{5})-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}"), ["a3-"],
            ["secret key: A3-«A:6»-«A:11»-«A:5»-«A:5»-«A:5»"],
            ["A3-«A:6»-«A:11»-«A:5»-«A:5»-«A:4»", "A4-«A:6»-«A:11»-«A:5»-«A:5»-«A:5»"],
            minEntropy: 3.0),
        Rule(
            "infisical-service-token", "Infisical", "Infisical service token (st.….….…)",
            Token($"st\\.{Uuid}\\.[0-9a-f]{{32}}\\.[0-9a-f]{{32}}"), ["st."],
            [$"INFISICAL_TOKEN=st.{UuidExample}.«h:32».«h:32»"],
            [$"st.{UuidExample}.«h:32».«h:31»", $"sx.{UuidExample}.«h:32».«h:32»"]),
        Rule(
            "adafruit-io-key", "Adafruit", "Adafruit IO key (aio_…)",
            Token("aio_[0-9A-Za-z]{28}"), ["aio_"],
            ["ADAFRUIT_IO_KEY=aio_«m:28»"],
            ["aio_«m:27»", "aio_«m:29»"],
            minEntropy: 3.5),
        Rule(
            "lob-api-key", "Lob", "Lob live or test API key assigned to a key that names Lob",
            Assigned("lob", "(?:live|test)_[0-9a-f]{35}"), ["lob"],
            ["LOB_API_KEY=live_«h:35»"],
            ["LOB_API_KEY=live_«h:34»", "LOB_API_KEY=prod_«h:35»"],
            minEntropy: 3.0),
        Rule(
            "twitter-bearer-token", "X", "Twitter / X API bearer token (AAAAAAAAAAAAAAAAAAAAA…)",
            Token("A{22}[0-9A-Za-z%]{80,120}"), ["aaaaaaaaaaaaaaaaaaaaaa"],
            ["TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAA«m:91»"],
            ["AAAAAAAAAAAAAAAAAAAAAA«m:40»", "AAAAAAAAAAAAAAAAAAAAAA«m:70»-«m:20»"],
            minEntropy: 3.0),
        Rule(
            "facebook-access-token", "Meta", "Facebook / Meta Graph API access token (EAA…)",
            Token("EAA[MC][0-9A-Za-z]{100,}"), ["eaam", "eaac"],
            ["FB_ACCESS_TOKEN=EAAM«m:180»"],
            ["EAAM«m:50»", "EAAX«m:180»"],
            minEntropy: 3.5),
    ];
}
