using static Rampart.Secrets.Rules.RuleBuilder;

namespace Rampart.Secrets.Rules.Catalog;

/// <summary>Email, SMS and voice providers: Twilio, SendGrid, Mailgun, Mailchimp, Brevo and others.</summary>
internal static class MessagingRules
{
    public static IEnumerable<SecretRule> All() =>
    [
        Rule(
            "twilio-api-key", "Twilio", "Twilio API key SID (SK…)",
            Token("SK[0-9a-fA-F]{32}"), ["sk"],
            ["TWILIO_API_KEY=SK«h:32»"],
            ["SK«h:31»", "SK«l:32»"],
            minEntropy: 3.0),
        Rule(
            "twilio-auth-token", "Twilio", "Twilio auth token or API secret assigned to a key that names Twilio",
            Assigned("twilio", "token|secret", "[0-9a-f]{32}"), ["twilio"],
            ["TWILIO_AUTH_TOKEN=«h:32»", "\"twilioAuthToken\": \"«h:32»\""],
            ["TWILIO_AUTH_TOKEN=«h:31»", "TWILIO_ACCOUNT_SID=AC«h:32»"],
            minEntropy: 3.0),
        Rule(
            "sendgrid-api-key", "SendGrid", "SendGrid API key (SG.….…)",
            Token("SG\\.[0-9A-Za-z_\\-]{22}\\.[0-9A-Za-z_\\-]{43}"), ["sg."],
            ["SENDGRID_API_KEY=SG.«u:22».«u:43»"],
            ["SG.«u:22».«u:42»", "SG.«u:21».«u:43»"],
            minEntropy: 3.5),
        Rule(
            "mailgun-private-api-key", "Mailgun", "Mailgun private API key (key-…)",
            Token("key-[0-9a-f]{32}"), ["key-"],
            ["MAILGUN_API_KEY=key-«h:32»"],
            ["key-«h:31»", "key-«U:32»"],
            minEntropy: 3.0),
        Rule(
            "mailgun-public-validation-key", "Mailgun", "Mailgun public validation key (pubkey-…)",
            Token("pubkey-[0-9a-f]{32}"), ["pubkey-"],
            ["MAILGUN_PUBLIC_KEY=pubkey-«h:32»"],
            ["pubkey-«h:31»", "pubkey-«U:32»"],
            minEntropy: 3.0),
        Rule(
            "mailgun-webhook-signing-key", "Mailgun", "Mailgun webhook signing key assigned to a key that names Mailgun",
            Assigned("mailgun", "signing|webhook", "[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}"), ["mailgun"],
            ["MAILGUN_WEBHOOK_SIGNING_KEY=«h:32»-«h:8»-«h:8»"],
            ["MAILGUN_WEBHOOK_SIGNING_KEY=«h:32»-«h:8»", "MAILGUN_DOMAIN=mg.example.com"],
            minEntropy: 3.0),
        Rule(
            "mailchimp-api-key", "Mailchimp", "Mailchimp API key (…-usN)",
            Token("[0-9a-f]{32}-us[0-9]{1,2}"), ["-us"],
            ["MAILCHIMP_API_KEY=«h:32»-us21"],
            ["«h:31»-us21", "«h:32»-eu21"],
            minEntropy: 3.0),
        Rule(
            "mandrill-api-key", "Mailchimp", "Mandrill (Mailchimp Transactional) API key assigned to a key that names Mandrill",
            Assigned("mandrill", "[A-Za-z0-9_\\-]{22}"), ["mandrill"],
            ["MANDRILL_API_KEY=«u:22»"],
            ["MANDRILL_API_KEY=«u:21»", "MANDRILL_HOST=smtp.mandrillapp.com"],
            minEntropy: 3.5),
        Rule(
            "brevo-api-key", "Brevo", "Brevo (Sendinblue) API key (xkeysib-…)",
            Token("xkeysib-[0-9a-f]{64}-[0-9A-Za-z]{16}"), ["xkeysib-"],
            ["BREVO_API_KEY=xkeysib-«h:64»-«m:16»"],
            ["xkeysib-«h:64»-«m:15»", "xkeysib-«h:63»-«m:16»"],
            minEntropy: 3.0),
        Rule(
            "brevo-smtp-key", "Brevo", "Brevo (Sendinblue) SMTP key (xsmtpsib-…)",
            Token("xsmtpsib-[0-9a-f]{64}-[0-9A-Za-z]{16}"), ["xsmtpsib-"],
            ["SMTP_PASSWORD=xsmtpsib-«h:64»-«m:16»"],
            ["xsmtpsib-«h:64»-«m:10»", "xsmtpsib-«U:64»-«m:16»"],
            minEntropy: 3.0),
        Rule(
            "postmark-server-token", "Postmark", "Postmark server or account token assigned to a key that names Postmark",
            Assigned("postmark", "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), ["postmark"],
            ["POSTMARK_SERVER_TOKEN=«h:8»-«h:4»-«h:4»-«h:4»-«h:12»"],
            ["POSTMARK_SERVER_TOKEN=«h:8»-«h:4»-«h:4»-«h:4»-«h:11»", "POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST"],
            minEntropy: 3.0),
        Rule(
            "resend-api-key", "Resend", "Resend API key (re_…)",
            Token("re_[0-9A-Za-z]{8}_[0-9A-Za-z]{24}"), ["re_"],
            ["RESEND_API_KEY=re_«m:8»_«m:24»"],
            ["re_«m:8»_«m:23»", "re_«m:8»-«m:24»"],
            minEntropy: 3.5),
        Rule(
            "telnyx-api-key", "Telnyx", "Telnyx API v2 key (KEY…_…)",
            Token("KEY[0-9A-F]{32}_[0-9A-Za-z]{22}"), ["key"],
            ["TELNYX_API_KEY=KEY«H:32»_«m:22»"],
            ["KEY«H:32»_«m:21»", "KEY«l:32»_«m:22»"],
            minEntropy: 3.0),
        Rule(
            "vonage-api-secret", "Vonage", "Vonage (Nexmo) API secret assigned to a key that names Vonage or Nexmo",
            Assigned("vonage|nexmo", "secret", "[A-Za-z0-9]{16}"), ["vonage", "nexmo"],
            ["NEXMO_API_SECRET=«m:16»"],
            ["NEXMO_API_SECRET=«m:15»", "NEXMO_API_KEY=«m:16»"],
            minEntropy: 3.0),
    ];
}
