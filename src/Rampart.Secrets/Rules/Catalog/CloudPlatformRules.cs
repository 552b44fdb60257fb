using static Rampart.Secrets.Rules.RuleBuilder;

namespace Rampart.Secrets.Rules.Catalog;

/// <summary>Hosting, edge and infrastructure platforms other than AWS, Azure and Google Cloud.</summary>
internal static class CloudPlatformRules
{
    private const string Uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private const string UuidExample = "«h:8»-«h:4»-«h:4»-«h:4»-«h:12»";

    public static IEnumerable<SecretRule> All() =>
    [
        DigitalOcean("digitalocean-pat", "dop_v1_", "DigitalOcean personal access token"),
        DigitalOcean("digitalocean-oauth-token", "doo_v1_", "DigitalOcean OAuth access token"),
        DigitalOcean("digitalocean-refresh-token", "dor_v1_", "DigitalOcean OAuth refresh token"),
        Rule(
            "heroku-api-key", "Heroku", "Heroku API key assigned to a key that names Heroku",
            Assigned("heroku", Uuid), ["heroku"],
            [$"HEROKU_API_KEY={UuidExample}"],
            ["HEROKU_API_KEY=«h:8»-«h:4»-«h:4»-«h:4»-«h:10»", "HEROKU_APP=my-app"],
            minEntropy: 3.0),
        Rule(
            "heroku-api-key-v2", "Heroku", "Heroku platform API key (HRKU-…)",
            Token("HRKU-[0-9A-Za-z_\\-]{60}"), ["hrku-"],
            ["HEROKU_API_KEY=HRKU-«u:60»"],
            ["HRKU-«u:59»", "HRKU-«u:61»"],
            minEntropy: 3.5),
        Rule(
            "cloudflare-api-token", "Cloudflare", "Cloudflare API token assigned to a key that names Cloudflare",
            Assigned("cloudflare|cf_api", "token", "[A-Za-z0-9_\\-]{40}"), ["cloudflare", "cf_api"],
            ["CLOUDFLARE_API_TOKEN=«u:40»"],
            ["CLOUDFLARE_API_TOKEN=«u:39»", "CLOUDFLARE_ZONE_ID=«h:32»"],
            minEntropy: 3.5),
        Rule(
            "cloudflare-global-api-key", "Cloudflare", "Cloudflare global API key assigned to a key that names Cloudflare",
            Assigned("cloudflare|cf_api", "key", "[0-9a-f]{37}"), ["cloudflare", "cf_api"],
            ["CLOUDFLARE_API_KEY=«h:37»"],
            ["CLOUDFLARE_API_KEY=«h:36»", "CLOUDFLARE_API_KEY=«U:37»"],
            minEntropy: 3.0),
        Rule(
            "cloudflare-origin-ca-key", "Cloudflare", "Cloudflare Origin CA key (v1.0-…)",
            Token("v1\\.0-[0-9a-f]{24}-[0-9a-f]{146}"), ["v1.0-"],
            ["CF_ORIGIN_CA_KEY=v1.0-«h:24»-«h:146»"],
            ["v1.0-«h:24»-«h:140»", "v1.0-«h:23»-«h:146»"],
            minEntropy: 3.0),
        Rule(
            "fastly-api-token", "Fastly", "Fastly API token assigned to a key that names Fastly",
            Assigned("fastly", "[A-Za-z0-9_\\-]{32}"), ["fastly"],
            ["FASTLY_API_TOKEN=«u:32»"],
            ["FASTLY_API_TOKEN=«u:31»", "FASTLY_SERVICE_ID=«m:22»"],
            minEntropy: 3.5),
        Rule(
            "netlify-access-token", "Netlify", "Netlify personal access token (nfp_…, or 43 characters assigned to a key that names Netlify)",
            Token("nfp_[0-9A-Za-z]{36}") + "|" + Assigned("netlify", "[A-Za-z0-9_\\-]{43,45}"), ["nfp_", "netlify"],
            ["NETLIFY_AUTH_TOKEN=nfp_«m:36»", "NETLIFY_TOKEN=«u:43»"],
            ["nfp_«m:35»", "NETLIFY_SITE_ID=" + UuidExample],
            minEntropy: 3.5),
        Rule(
            "vercel-access-token", "Vercel", "Vercel access token (vcp_…, or 24 characters assigned to a key that names Vercel)",
            Token("vc[pika]_[0-9A-Za-z]{56}") + "|" + Assigned("vercel", "token", "[A-Za-z0-9]{24}"), ["vercel", "vcp_", "vci_", "vck_", "vca_"],
            ["VERCEL_TOKEN=«m:24»", "vcp_«m:56»"],
            ["VERCEL_TOKEN=«m:23»", "VERCEL_ORG_ID=team_«m:24»"],
            minEntropy: 3.5),
        Rule(
            "supabase-pat", "Supabase", "Supabase personal access token (sbp_…)",
            Token("sbp_[0-9a-f]{40}"), ["sbp_"],
            ["SUPABASE_ACCESS_TOKEN=sbp_«h:40»"],
            ["sbp_«h:39»", "sbp_«U:40»"],
            minEntropy: 3.0),
        Rule(
            "supabase-secret-key", "Supabase", "Supabase secret API key (sb_secret_…)",
            Token("sb_secret_[0-9A-Za-z_\\-]{31,}"), ["sb_secret_"],
            ["SUPABASE_SECRET_KEY=sb_secret_«u:31»"],
            ["sb_secret_«u:20»", "sb_publishable_«u:31»"],
            minEntropy: 3.5),
        PlanetScale("planetscale-password", "pscale_pw_", "PlanetScale database password"),
        PlanetScale("planetscale-api-token", "pscale_tkn_", "PlanetScale service token"),
        PlanetScale("planetscale-oauth-token", "pscale_oauth_", "PlanetScale OAuth token"),
        Rule(
            "neon-api-key", "Neon", "Neon API key (napi_…)",
            Token("napi_[0-9a-z]{64}"), ["napi_"],
            ["NEON_API_KEY=napi_«a:64»"],
            ["napi_«a:63»", "napi_«U:64»"],
            minEntropy: 3.5),
        Rule(
            "render-api-key", "Render", "Render API key (rnd_…)",
            Token("rnd_[0-9A-Za-z]{32}"), ["rnd_"],
            ["RENDER_API_KEY=rnd_«m:32»"],
            ["rnd_«m:31»", "rnd_«m:33»"],
            minEntropy: 3.5),
        Rule(
            "fly-io-token", "Fly.io", "Fly.io access token (FlyV1 fm1…/fm2…)",
            "FlyV1 (?<secret>fm[12][ar]?_[A-Za-z0-9+/=_,\\-]{100,})", ["flyv1"],
            ["FLY_API_TOKEN=\"FlyV1 fm2_«b:200»\""],
            ["FlyV1 fm2_«b:50»", "FlyV1 fm3_«b:200»"],
            minEntropy: 4.0),
        Rule(
            "linode-api-token", "Akamai", "Linode (Akamai) API token assigned to a key that names Linode",
            Assigned("linode", "[0-9a-f]{64}"), ["linode"],
            ["LINODE_TOKEN=«h:64»"],
            ["LINODE_TOKEN=«h:63»", "LINODE_REGION=us-east"],
            minEntropy: 3.0),
        Rule(
            "vultr-api-key", "Vultr", "Vultr API key assigned to a key that names Vultr",
            Assigned("vultr", "[A-Z0-9]{36}"), ["vultr"],
            ["VULTR_API_KEY=«A:36»"],
            ["VULTR_API_KEY=«A:35»", "VULTR_API_KEY=«l:36»"],
            minEntropy: 3.0),
        Rule(
            "scaleway-secret-key", "Scaleway", "Scaleway secret key assigned to a key that names Scaleway",
            Assigned("scw|scaleway", "secret", Uuid), ["scw", "scaleway"],
            [$"SCW_SECRET_KEY={UuidExample}"],
            ["SCW_SECRET_KEY=«h:8»-«h:4»", $"SCW_PROJECT_ID={UuidExample}"],
            minEntropy: 3.0),
        Rule(
            "alibaba-access-key-id", "Alibaba Cloud", "Alibaba Cloud AccessKey ID (LTAI…)",
            Token("LTAI[0-9A-Za-z]{12,20}"), ["ltai"],
            ["ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI«m:20»"],
            ["LTAI«m:8»", "LTAI«m:21»"],
            minEntropy: 3.0),
        Rule(
            "alibaba-access-key-secret", "Alibaba Cloud", "Alibaba Cloud AccessKey secret assigned to a key that names Alibaba or Aliyun",
            Assigned("alibaba|aliyun|alicloud", "secret", "[0-9A-Za-z]{30}"), ["alibaba", "aliyun", "alicloud"],
            ["ALIBABA_CLOUD_ACCESS_KEY_SECRET=«m:30»"],
            ["ALIBABA_CLOUD_ACCESS_KEY_SECRET=«m:29»", "ALIBABA_CLOUD_ACCESS_KEY_ID=«m:30»"],
            minEntropy: 3.5),
        Rule(
            "tencent-cloud-secret-id", "Tencent Cloud", "Tencent Cloud SecretId (AKID…)",
            Token("AKID[0-9A-Za-z]{32}"), ["akid"],
            ["TENCENTCLOUD_SECRET_ID=AKID«m:32»"],
            ["AKID«m:31»", "AKID«m:33»"],
            minEntropy: 3.5),
        Rule(
            "ibm-cloud-api-key", "IBM Cloud", "IBM Cloud API key assigned to a key that names IBM",
            Assigned("ibm", "[A-Za-z0-9_\\-]{44}"), ["ibm"],
            ["IBMCLOUD_API_KEY=«u:44»"],
            ["IBMCLOUD_API_KEY=«u:43»", "IBMCLOUD_REGION=us-south"],
            minEntropy: 3.5),
        Rule(
            "yandex-cloud-api-key", "Yandex Cloud", "Yandex Cloud API key (AQVN…)",
            Token("AQVN[0-9A-Za-z_\\-]{35,38}"), ["aqvn"],
            ["YC_API_KEY=AQVN«u:36»"],
            ["AQVN«u:30»", "AQVN«u:40»"],
            minEntropy: 3.5),
        Rule(
            "yandex-cloud-access-key-secret", "Yandex Cloud", "Yandex Cloud static access key secret (YC…)",
            Token("YC[0-9A-Za-z_\\-]{38}"), ["yc"],
            ["YC_SECRET=YC«u:38»"],
            ["YC«u:37»", "YC«u:39»"],
            minEntropy: 3.5),
        Rule(
            "tailscale-key", "Tailscale", "Tailscale auth, API or OAuth client key (tskey-…)",
            Token("tskey-(?:auth|api|client|scim|webhook)-[0-9A-Za-z]{10,}-[0-9A-Za-z]{20,}"), ["tskey-"],
            ["TS_AUTHKEY=tskey-auth-«m:17»-«m:33»"],
            ["tskey-auth-«m:17»", "tskey-other-«m:17»-«m:33»"],
            minEntropy: 3.5),
        Rule(
            "ngrok-authtoken", "ngrok", "ngrok authtoken assigned to a key that names ngrok",
            Assigned("ngrok", "[0-9A-Za-z]{27}_[0-9A-Za-z]{21}"), ["ngrok"],
            ["NGROK_AUTHTOKEN=«m:27»_«m:21»"],
            ["NGROK_AUTHTOKEN=«m:27»_«m:20»", "NGROK_REGION=eu"],
            minEntropy: 3.5),
        Rule(
            "confluent-api-secret", "Confluent", "Confluent Cloud API secret assigned to a key that names Confluent or Kafka",
            Assigned("confluent|kafka", "secret", "[A-Za-z0-9+/]{64}"), ["confluent", "kafka"],
            ["CONFLUENT_CLOUD_API_SECRET=«b:64»"],
            ["CONFLUENT_CLOUD_API_SECRET=«b:63»", "CONFLUENT_CLOUD_API_KEY=«A:16»"],
            minEntropy: 4.0),
        Rule(
            "cloudinary-url", "Cloudinary", "Cloudinary URL with its API secret (cloudinary://key:secret@cloud)",
            @"cloudinary://[0-9]{15}:(?<secret>[0-9A-Za-z_\-]{27})@[0-9a-z\-]+", ["cloudinary://"],
            ["CLOUDINARY_URL=cloudinary://«d:15»:«u:27»@demo-cloud"],
            ["cloudinary://«d:15»:«u:20»@demo-cloud", "cloudinary://«d:15»@demo-cloud"],
            minEntropy: 3.5),
        Rule(
            "mapbox-secret-token", "Mapbox", "Mapbox secret access token (sk.eyJ1Ijoi…)",
            Token("sk\\.eyJ1Ijoi[0-9A-Za-z_\\-]{50,}\\.[0-9A-Za-z_\\-]{22}"), ["sk.eyj1ijoi"],
            ["MAPBOX_DOWNLOADS_TOKEN=sk.eyJ1Ijoi«u:60».«u:22»"],
            ["sk.eyJ1Ijoi«u:60».«u:21»", "pk.eyJ1Ijoi«u:60».«u:22»"],
            minEntropy: 3.5),
        Rule(
            "algolia-admin-api-key", "Algolia", "Algolia admin or write API key assigned to a key that names Algolia",
            Assigned("algolia", "admin|write|api.?key|secret", "[0-9a-f]{32}"), ["algolia"],
            ["ALGOLIA_ADMIN_API_KEY=«h:32»"],
            ["ALGOLIA_ADMIN_API_KEY=«h:31»", "ALGOLIA_APP_ID=«A:10»"],
            minEntropy: 3.0),
        Rule(
            "kubernetes-client-key-data", "Kubernetes", "client private key embedded in a kubeconfig (client-key-data:)",
            @"client-key-data:\s*(?<secret>[A-Za-z0-9+/]{40,}={0,2})", ["client-key-data"],
            ["    client-key-data: LS0tLS1CRUdJTi«b:400»="],
            ["    client-key-data: ", "    client-key-data: «b:20»"],
            minEntropy: 4.0),
    ];

    private static SecretRule DigitalOcean(string id, string prefix, string description) => Rule(
        id, "DigitalOcean", $"{description} ({prefix}…)",
        Token($"{prefix}[0-9a-f]{{64}}"), [prefix],
        [$"DIGITALOCEAN_TOKEN={prefix}«h:64»"],
        [$"{prefix}«h:63»", $"{prefix}«U:64»"],
        minEntropy: 3.0);

    private static SecretRule PlanetScale(string id, string prefix, string description) => Rule(
        id, "PlanetScale", $"{description} ({prefix}…)",
        Token($"{prefix}[0-9A-Za-z_\\-.]{{32,64}}"), [prefix],
        [$"DATABASE_PASSWORD={prefix}«u:43»"],
        [$"{prefix}«u:20»", $"{prefix}<password>"],
        minEntropy: 3.5);
}
