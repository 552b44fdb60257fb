using static Rampart.Secrets.Rules.RuleBuilder;

namespace Rampart.Secrets.Rules.Catalog;

/// <summary>Payments and commerce: Stripe, Square, PayPal/Braintree, Shopify, Plaid and others.</summary>
internal static class PaymentRules
{
    public static IEnumerable<SecretRule> All() =>
    [
        Stripe("stripe-secret-key", "sk_live_", "Stripe live secret key"),
        Stripe("stripe-test-secret-key", "sk_test_", "Stripe test-mode secret key"),
        Stripe("stripe-restricted-key", "rk_live_", "Stripe live restricted key"),
        Stripe("stripe-test-restricted-key", "rk_test_", "Stripe test-mode restricted key"),
        Stripe("stripe-publishable-key", "pk_live_", "Stripe live publishable key (public by design; flags live keys kept beside secrets)"),
        Rule(
            "stripe-webhook-secret", "Stripe", "Stripe webhook signing secret (whsec_…)",
            Token("whsec_[0-9A-Za-z]{32,64}"), ["whsec_"],
            ["STRIPE_WEBHOOK_SECRET=whsec_«m:32»"],
            ["whsec_«m:20»", "whsec_«m:20»-«m:20»"],
            minEntropy: 3.5),
        Rule(
            "square-access-token", "Square", "Square access token (EAAA…, sq0atp-…)",
            Token("EAAA[0-9A-Za-z_\\-]{60}|sq0atp-[0-9A-Za-z_\\-]{22}"), ["eaaa", "sq0atp-"],
            ["SQUARE_ACCESS_TOKEN=EAAA«u:60»", "sq0atp-«u:22»"],
            ["EAAA«u:59»", "sq0atp-«u:21»"],
            minEntropy: 3.5),
        Rule(
            "square-oauth-secret", "Square", "Square OAuth application secret (sq0csp-…)",
            Token("sq0csp-[0-9A-Za-z_\\-]{43}"), ["sq0csp-"],
            ["square_secret: sq0csp-«u:43»"],
            ["sq0csp-«u:42»", "sq0csp-«u:44»"],
            minEntropy: 3.5),
        Rule(
            "braintree-access-token", "PayPal", "PayPal/Braintree access token (access_token$production$…)",
            Token("access_token\\$(?:production|sandbox)\\$[0-9a-z]{16}\\$[0-9a-f]{32}"), ["access_token$"],
            ["BRAINTREE_TOKEN=access_token$production$«a:16»$«h:32»"],
            ["access_token$production$«a:16»$«h:31»", "access_token$staging$«a:16»$«h:32»"],
            minEntropy: 3.0),
        Rule(
            "paypal-client-secret", "PayPal", "PayPal REST API client secret assigned to a key that names PayPal",
            Assigned("paypal", "secret", "E[A-Za-z0-9_\\-]{79}"), ["paypal"],
            ["PAYPAL_CLIENT_SECRET=E«u:79»"],
            ["PAYPAL_CLIENT_SECRET=E«u:70»", "PAYPAL_CLIENT_ID=A«u:79»"],
            minEntropy: 3.5),
        Shopify("shopify-access-token", "shpat_", "Shopify Admin API access token"),
        Shopify("shopify-custom-app-token", "shpca_", "Shopify custom app access token"),
        Shopify("shopify-private-app-token", "shppa_", "Shopify private app access token"),
        Shopify("shopify-shared-secret", "shpss_", "Shopify app shared secret"),
        Rule(
            "plaid-access-token", "Plaid", "Plaid access token (access-production-…)",
            Token("access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), ["access-sandbox-", "access-development-", "access-production-"],
            ["plaid_access_token = access-production-«h:8»-«h:4»-«h:4»-«h:4»-«h:12»"],
            ["access-production-«h:8»-«h:4»-«h:4»-«h:4»-«h:11»", "access-staging-«h:8»-«h:4»-«h:4»-«h:4»-«h:12»"]),
        Rule(
            "flutterwave-secret-key", "Flutterwave", "Flutterwave secret key (FLWSECK-…-X)",
            Token("FLWSECK(?:_TEST)?-[0-9a-f]{32}-X"), ["flwseck"],
            ["FLW_SECRET_KEY=FLWSECK-«h:32»-X"],
            ["FLWSECK-«h:31»-X", "FLWSECK-«h:32»-Y"]),
        Rule(
            "shippo-api-token", "Shippo", "Shippo API token (shippo_live_…, shippo_test_…)",
            Token("shippo_(?:live|test)_[0-9a-f]{40}"), ["shippo_"],
            ["SHIPPO_TOKEN=shippo_live_«h:40»"],
            ["shippo_live_«h:39»", "shippo_prod_«h:40»"],
            minEntropy: 3.0),
        Rule(
            "easypost-api-key", "EasyPost", "EasyPost production or test API key (EZAK…, EZTK…)",
            Token("EZ[AT]K[0-9A-Za-z]{54}"), ["ezak", "eztk"],
            ["EASYPOST_API_KEY=EZAK«m:54»"],
            ["EZAK«m:53»", "EZXK«m:54»"],
            minEntropy: 3.5),
        Rule(
            "duffel-api-token", "Duffel", "Duffel API token (duffel_live_…, duffel_test_…)",
            Token("duffel_(?:live|test)_[A-Za-z0-9_=\\-]{43}"), ["duffel_"],
            ["DUFFEL_TOKEN=duffel_live_«u:43»"],
            ["duffel_live_«u:40»", "duffel_prod_«u:43»"],
            minEntropy: 3.5),
        Rule(
            "gocardless-access-token", "GoCardless", "GoCardless live access token assigned to a key that names GoCardless",
            Assigned("gocardless", "live_[A-Za-z0-9_=\\-]{40}"), ["gocardless"],
            ["GOCARDLESS_ACCESS_TOKEN=live_«u:40»"],
            ["GOCARDLESS_ACCESS_TOKEN=live_«u:39»", "GOCARDLESS_ENV=live"],
            minEntropy: 3.5),
        Rule(
            "woocommerce-consumer-secret", "WooCommerce", "WooCommerce REST API consumer secret (cs_…)",
            Token("cs_[0-9a-f]{40}"), ["cs_"],
            ["WOO_CONSUMER_SECRET=cs_«h:40»"],
            ["cs_«h:39»", "cs_«U:40»"],
            minEntropy: 3.0),
        Rule(
            "woocommerce-consumer-key", "WooCommerce", "WooCommerce REST API consumer key (ck_…)",
            Token("ck_[0-9a-f]{40}"), ["ck_"],
            ["WOO_CONSUMER_KEY=ck_«h:40»"],
            ["ck_«h:39»", "ck_«U:40»"],
            minEntropy: 3.0),
    ];

    private static SecretRule Stripe(string id, string prefix, string description) => Rule(
        id, "Stripe", $"{description} ({prefix}…)",
        Token($"{prefix}[0-9A-Za-z]{{24,247}}"), [prefix],
        [$"STRIPE_KEY={prefix}«m:24»", $"\"{prefix}«m:99»\""],
        [$"{prefix}«m:20»", $"{prefix}«m:12»-«m:12»"],
        minEntropy: 3.5);

    private static SecretRule Shopify(string id, string prefix, string description) => Rule(
        id, "Shopify", $"{description} ({prefix}…)",
        Token($"{prefix}[0-9a-fA-F]{{32}}"), [prefix],
        [$"SHOPIFY_TOKEN={prefix}«h:32»"],
        [$"{prefix}«h:31»", $"{prefix}«l:32»"],
        minEntropy: 3.0);
}
