using static Rampart.Secrets.Rules.RuleBuilder;

namespace Rampart.Secrets.Rules.Catalog;

/// <summary>Slack, Discord, Telegram, Microsoft Teams and other chat credentials and webhooks.</summary>
internal static class ChatRules
{
    public static IEnumerable<SecretRule> All() =>
    [
        Rule(
            "slack-bot-token", "Slack", "Slack bot token (xoxb-…)",
            Token("xoxb-[0-9]{10,13}-[0-9]{10,13}-[0-9A-Za-z]{24}"), ["xoxb-"],
            ["SLACK_BOT_TOKEN=xoxb-«d:12»-«d:13»-«m:24»"],
            ["xoxb-«d:12»-«d:13»-«m:23»", "xoxb-«d:8»-«d:13»-«m:24»"],
            minEntropy: 3.0),
        Rule(
            "slack-user-token", "Slack", "Slack user or enterprise token (xoxp-…, xoxe-…)",
            Token("xox[pe]-[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[0-9a-f]{32}"), ["xoxp-", "xoxe-"],
            ["token: xoxp-«d:12»-«d:12»-«d:13»-«h:32»"],
            ["xoxp-«d:12»-«d:12»-«d:13»-«h:31»", "xoxp-«d:12»-«d:12»-«d:13»-«U:32»"],
            minEntropy: 3.0),
        Rule(
            "slack-app-token", "Slack", "Slack app-level token (xapp-…)",
            Token("xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,14}-[0-9a-f]{64}"), ["xapp-"],
            ["SLACK_APP_TOKEN=xapp-1-«A:11»-«d:13»-«h:64»"],
            ["xapp-1-«A:11»-«d:13»-«h:60»", "xapp-1-«l:11»-«d:13»-«h:64»"],
            minEntropy: 3.0),
        Rule(
            "slack-app-access-token", "Slack", "Slack workspace app access token (xoxa-…)",
            Token("xoxa-[0-9]+-[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[0-9a-f]{32,64}"), ["xoxa-"],
            ["xoxa-2-«d:12»-«d:12»-«d:13»-«h:64»"],
            ["xoxa-2-«d:12»-«d:12»-«d:13»-«h:20»", "xoxa-«m:40»"],
            minEntropy: 3.0),
        Rule(
            "slack-legacy-token", "Slack", "Slack legacy, workspace or service token (xoxo-…, xoxs-…, xoxr-…)",
            Token("xox[osr]-[0-9]{1,13}-[0-9]{1,13}-[0-9]{1,13}-[0-9a-fA-F]{20,64}"), ["xoxo-", "xoxs-", "xoxr-"],
            ["xoxs-«d:10»-«d:11»-«d:12»-«h:64»"],
            ["xoxs-«d:10»-«d:11»-«d:12»-«h:12»", "xoxs-abc-def-ghi-«h:64»"],
            minEntropy: 3.0),
        Rule(
            "slack-config-access-token", "Slack", "Slack app configuration access token (xoxe.xoxp-…, xoxe.xoxb-…)",
            Token("xoxe\\.xox[bp]-[0-9]-[A-Z0-9]{163,166}"), ["xoxe.xox"],
            ["xoxe.xoxp-1-«A:164»"],
            ["xoxe.xoxp-1-«A:100»", "xoxe.xoxq-1-«A:164»"],
            minEntropy: 3.0),
        Rule(
            "slack-config-refresh-token", "Slack", "Slack app configuration refresh token (xoxe-1-…)",
            Token("xoxe-[0-9]-[A-Z0-9]{146}"), ["xoxe-"],
            ["refresh: xoxe-1-«A:146»"],
            ["xoxe-1-«A:140»", "xoxe-1-«l:146»"],
            minEntropy: 3.0),
        Rule(
            "slack-webhook-url", "Slack", "Slack incoming webhook or workflow trigger URL",
            @"(?<secret>https://hooks\.slack\.com/(?:services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24}|(?:workflows|triggers)/T[A-Z0-9]{8,12}/A[A-Z0-9]{8,12}/[0-9]{17,19}/[A-Za-z0-9]{32}))(?![A-Za-z0-9])",
            ["hooks.slack.com"],
            ["url: https://hooks.slack.com/services/T«A:10»/B«A:10»/«m:24»", "https://hooks.slack.com/triggers/T«A:10»/A«A:10»/«d:18»/«m:32»"],
            ["https://hooks.slack.com/services/T«A:10»/B«A:10»/«m:20»", "https://hooks.slack.com/services/"]),
        Rule(
            "discord-webhook-url", "Discord", "Discord webhook URL",
            @"(?<secret>https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_\-]{60,68})(?![A-Za-z0-9_\-])",
            ["discord"],
            ["DISCORD_WEBHOOK=https://discord.com/api/webhooks/«d:18»/«u:68»"],
            ["https://discord.com/api/webhooks/«d:18»/«u:20»", "https://discord.com/api/webhooks/"]),
        Rule(
            "discord-bot-token", "Discord", "Discord bot token assigned to a key that names Discord",
            Assigned("discord", "[MNO][A-Za-z0-9_\\-]{23,27}\\.[A-Za-z0-9_\\-]{6}\\.[A-Za-z0-9_\\-]{27,38}"), ["discord"],
            ["DISCORD_TOKEN=M«m:25».«u:6».«u:38»"],
            ["DISCORD_TOKEN=M«m:25».«u:5».«u:38»", "DISCORD_TOKEN=x«m:25».«u:6».«u:38»"],
            minEntropy: 3.5),
        Rule(
            "telegram-bot-token", "Telegram", "Telegram Bot API token (digits:AA…)",
            @"(?<![A-Za-z0-9_:])(?<secret>[0-9]{8,10}:AA[0-9A-Za-z_\-]{33})(?![A-Za-z0-9_\-])", [":aa"],
            ["TELEGRAM_TOKEN=«d:10»:AA«u:33»"],
            ["«d:10»:AA«u:30»", "«d:10»:AB«u:33»"],
            minEntropy: 3.5),
        Rule(
            "microsoft-teams-webhook-url", "Microsoft", "Microsoft Teams incoming webhook URL",
            @"(?<secret>https://[a-z0-9\-]+\.webhook\.office\.com/webhookb2/[0-9a-f\-]{36}@[0-9a-f\-]{36}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f\-]{36})",
            ["webhook.office.com"],
            ["https://demo.webhook.office.com/webhookb2/«h:8»-«h:4»-«h:4»-«h:4»-«h:12»@«h:8»-«h:4»-«h:4»-«h:4»-«h:12»/IncomingWebhook/«h:32»/«h:8»-«h:4»-«h:4»-«h:4»-«h:12»"],
            ["https://demo.webhook.office.com/webhookb2/«h:8»-«h:4»-«h:4»-«h:4»-«h:12»"]),
        Rule(
            "mattermost-access-token", "Mattermost", "Mattermost personal access token assigned to a key that names Mattermost",
            Assigned("mattermost", "[a-z0-9]{26}"), ["mattermost"],
            ["MATTERMOST_TOKEN=«a:26»"],
            ["MATTERMOST_TOKEN=«a:25»", "MATTERMOST_URL=https://chat.example.com"],
            minEntropy: 3.0),
        Rule(
            "zapier-webhook-url", "Zapier", "Zapier catch hook URL (anyone holding it can trigger the Zap)",
            @"(?<secret>https://hooks\.zapier\.com/hooks/catch/[0-9]{5,10}/[a-z0-9]{6,8})(?![a-z0-9])", ["hooks.zapier.com"],
            ["https://hooks.zapier.com/hooks/catch/«d:7»/«a:7»/"],
            ["https://hooks.zapier.com/hooks/catch/", "https://hooks.zapier.com/hooks/catch/«d:7»/«a:3»/"]),
    ];
}
