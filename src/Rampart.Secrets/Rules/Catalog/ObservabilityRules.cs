using static Rampart.Secrets.Rules.RuleBuilder;

namespace Rampart.Secrets.Rules.Catalog;

/// <summary>Monitoring, logging, error tracking and incident tools.</summary>
internal static class ObservabilityRules
{
    private const string Uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private const string UuidExample = "«h:8»-«h:4»-«h:4»-«h:4»-«h:12»";

    public static IEnumerable<SecretRule> All() =>
    [
        Rule(
            "datadog-api-key", "Datadog", "Datadog API key assigned to a key that names Datadog",
            Assigned("datadog|dd", "api.?key", "[0-9a-f]{32}"), ["datadog", "dd_", "dd-"],
            ["DD_API_KEY=«h:32»", "datadog_api_key: \"«h:32»\""],
            ["DD_API_KEY=«h:31»", "DD_APP_KEY=«h:32»"],
            minEntropy: 3.0),
        Rule(
            "datadog-application-key", "Datadog", "Datadog application key assigned to a key that names Datadog",
            Assigned("datadog|dd", "app(?:lication)?.?key", "[0-9a-f]{40}"), ["datadog", "dd_", "dd-"],
            ["DD_APP_KEY=«h:40»"],
            ["DD_APP_KEY=«h:39»", "DD_API_KEY=«h:40»"],
            minEntropy: 3.0),
        Rule(
            "new-relic-user-api-key", "New Relic", "New Relic user API key (NRAK-…)",
            Token("NRAK-[A-Z0-9]{27}"), ["nrak-"],
            ["NEW_RELIC_API_KEY=NRAK-«A:27»"],
            ["NRAK-«A:26»", "NRAK-«l:27»"],
            minEntropy: 3.0),
        Rule(
            "new-relic-browser-api-key", "New Relic", "New Relic browser API token (NRJS-…)",
            Token("NRJS-[0-9a-f]{19}"), ["nrjs-"],
            ["licenseKey: 'NRJS-«h:19»'"],
            ["NRJS-«h:18»", "NRJS-«U:19»"],
            minEntropy: 3.0),
        Rule(
            "new-relic-insert-key", "New Relic", "New Relic insights insert key (NRII-…)",
            Token("NRII-[0-9A-Za-z_\\-]{32}"), ["nrii-"],
            ["NEW_RELIC_INSERT_KEY=NRII-«u:32»"],
            ["NRII-«u:31»", "NRII-«u:33»"],
            minEntropy: 3.0),
        Rule(
            "new-relic-license-key", "New Relic", "New Relic ingest license key (…NRAL)",
            Token("[0-9a-f]{36}NRAL"), ["nral"],
            ["NEW_RELIC_LICENSE_KEY=«h:36»NRAL"],
            ["«h:35»NRAL", "«h:36»NRAX"],
            minEntropy: 3.0),
        Rule(
            "sentry-user-auth-token", "Sentry", "Sentry user auth token (sntryu_…)",
            Token("sntryu_[0-9a-f]{64}"), ["sntryu_"],
            ["SENTRY_AUTH_TOKEN=sntryu_«h:64»"],
            ["sntryu_«h:63»", "sntryu_«U:64»"],
            minEntropy: 3.0),
        Rule(
            "sentry-org-auth-token", "Sentry", "Sentry organization auth token (sntrys_eyJ…)",
            Token("sntrys_eyJ[0-9A-Za-z+/=_\\-]{80,}"), ["sntrys_"],
            ["SENTRY_AUTH_TOKEN=sntrys_eyJ«b:120»"],
            ["sntrys_eyJ«b:40»", "sntrys_abc«b:120»"],
            minEntropy: 3.5),
        Rule(
            "grafana-api-key", "Grafana", "Grafana API key (eyJrIjoi…)",
            Token("eyJrIjoi[0-9A-Za-z]{70,400}={0,2}"), ["eyjrijoi"],
            ["GRAFANA_API_KEY=eyJrIjoi«m:90»=="],
            ["eyJrIjoi«m:40»", "eyJrIjoi«m:60»-«m:20»"],
            minEntropy: 3.5),
        Rule(
            "grafana-cloud-token", "Grafana", "Grafana Cloud access policy token (glc_…)",
            Token("glc_[0-9A-Za-z+/]{32,400}={0,2}"), ["glc_"],
            ["GRAFANA_CLOUD_TOKEN=glc_«m:120»"],
            ["glc_«m:20»", "glc-«m:120»"],
            minEntropy: 3.5),
        Rule(
            "grafana-service-account-token", "Grafana", "Grafana service account token (glsa_…)",
            Token("glsa_[0-9A-Za-z]{32}_[0-9A-Fa-f]{8}"), ["glsa_"],
            ["GRAFANA_TOKEN=glsa_«m:32»_«h:8»"],
            ["glsa_«m:32»_«h:7»", "glsa_«m:31»_«h:8»"],
            minEntropy: 3.5),
        Rule(
            "dynatrace-api-token", "Dynatrace", "Dynatrace API token (dt0c01.…)",
            Token("dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}"), ["dt0c01."],
            ["DT_API_TOKEN=dt0c01.«A:24».«A:64»"],
            ["dt0c01.«A:24».«A:63»", "dt0c01.«l:24».«A:64»"],
            minEntropy: 3.5),
        Rule(
            "splunk-hec-token", "Splunk", "Splunk HTTP Event Collector token assigned to a key that names Splunk",
            Assigned("splunk", Uuid), ["splunk"],
            [$"SPLUNK_HEC_TOKEN={UuidExample}"],
            ["SPLUNK_HEC_TOKEN=«h:8»-«h:4»-«h:4»-«h:4»-«h:11»", "SPLUNK_HOST=splunk.example.com"],
            minEntropy: 3.0),
        Rule(
            "pagerduty-api-key", "PagerDuty", "PagerDuty REST API key assigned to a key that names PagerDuty",
            Assigned("pagerduty|pd_", "u\\+[0-9A-Za-z_+\\-]{18}|[0-9A-Za-z_+\\-]{20}"), ["pagerduty", "pd_"],
            ["PAGERDUTY_TOKEN=u+«u:18»", "PAGERDUTY_API_KEY=«u:20»"],
            ["PAGERDUTY_TOKEN=u+«u:10»", "PAGERDUTY_SERVICE=«l:5»"],
            minEntropy: 3.0),
        Rule(
            "launchdarkly-access-token", "LaunchDarkly", "LaunchDarkly API access token or SDK key (api-…, sdk-…)",
            Token($"(?:api|sdk)-{Uuid}"), ["api-", "sdk-"],
            [$"LD_SDK_KEY=sdk-{UuidExample}"],
            ["sdk-«h:8»-«h:4»-«h:4»-«h:4»-«h:11»", $"mob-{UuidExample}"]),
        Rule(
            "honeycomb-api-key", "Honeycomb", "Honeycomb API key assigned to a key that names Honeycomb",
            Assigned("honeycomb", "[0-9A-Za-z]{22}|hc[a-z]{2}[a-z]_[0-9a-z]{58}"), ["honeycomb"],
            ["HONEYCOMB_API_KEY=«m:22»"],
            ["HONEYCOMB_API_KEY=«m:21»", "HONEYCOMB_DATASET=prod"],
            minEntropy: 3.5),
        Rule(
            "rollbar-access-token", "Rollbar", "Rollbar access token assigned to a key that names Rollbar",
            Assigned("rollbar", "[0-9a-f]{32}"), ["rollbar"],
            ["ROLLBAR_ACCESS_TOKEN=«h:32»"],
            ["ROLLBAR_ACCESS_TOKEN=«h:31»", "ROLLBAR_ENV=production"],
            minEntropy: 3.0),
        Rule(
            "bugsnag-api-key", "Bugsnag", "Bugsnag API key assigned to a key that names Bugsnag",
            Assigned("bugsnag", "[0-9a-f]{32}"), ["bugsnag"],
            ["BUGSNAG_API_KEY=«h:32»"],
            ["BUGSNAG_API_KEY=«h:30»", "BUGSNAG_RELEASE_STAGE=production"],
            minEntropy: 3.0),
    ];
}
