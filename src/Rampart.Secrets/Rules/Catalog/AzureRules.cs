using static Rampart.Secrets.Rules.RuleBuilder;

namespace Rampart.Secrets.Rules.Catalog;

/// <summary>Microsoft Azure and Azure DevOps credentials.</summary>
internal static class AzureRules
{
    public static IEnumerable<SecretRule> All() =>
    [
        Rule(
            "azure-storage-account-key", "Azure", "Azure Storage account key (AccountKey=… in a connection string)",
            @"(?i:AccountKey)\s*=\s*(?<secret>[A-Za-z0-9+/]{86}==)", ["accountkey"],
            ["DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=«b:86»==;EndpointSuffix=core.windows.net"],
            ["AccountKey=«b:80»==;", "AccountKey=<your-key>;"],
            minEntropy: 4.0),
        Rule(
            "azure-sas-token", "Azure", "Azure shared access signature (sv=…&…sig=…) in a URL or connection string",
            @"\bsv=\d{4}-\d{2}-\d{2}&[^\s""'<>]{0,300}?\bsig=(?<secret>[A-Za-z0-9%+/]{40,90}(?:%3[Dd]|=){0,2})", ["sig="],
            ["https://demo.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2030-01-01T00:00:00Z&sig=«b:43»%3D"],
            ["https://demo.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=«b:10»", "sig=«b:43»%3D without a version"],
            minEntropy: 3.5),
        Rule(
            "azure-ad-client-secret", "Azure", "Microsoft Entra ID (Azure AD) application client secret (…Q~…)",
            @"(?<![A-Za-z0-9_~.\-])(?<secret>[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.\-]{31,34})(?![A-Za-z0-9_~.\-])", ["q~"],
            ["AZURE_CLIENT_SECRET=«m:3»8Q~«m:34»"],
            ["«m:3»8Q~«m:20»", "«m:3»xQ~«m:34»"],
            minEntropy: 3.5),
        Rule(
            "azure-shared-access-key", "Azure", "Azure Service Bus, Event Hubs, Relay or IoT Hub shared access key in a connection string",
            @"(?i:SharedAccessKey)\s*=\s*(?<secret>[A-Za-z0-9+/]{42,43}=)", ["sharedaccesskey="],
            ["Endpoint=sb://demo.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=«b:43»="],
            ["SharedAccessKeyName=RootManageSharedAccessKey;", "SharedAccessKey=«b:20»="],
            minEntropy: 4.0),
        Rule(
            "azure-app-configuration-connection-string", "Azure", "Azure App Configuration connection string with its secret",
            @"Endpoint=https://[a-z0-9\-]+\.azconfig\.io;Id=[^;\s]+;Secret=(?<secret>[A-Za-z0-9+/]{43}=)", ["azconfig.io"],
            ["Endpoint=https://demo.azconfig.io;Id=«m:4»-l0-s0:«m:20»;Secret=«b:43»="],
            ["Endpoint=https://demo.azconfig.io;Id=abc;Secret=", "Endpoint=https://demo.azconfig.io;Id=abc;Secret=«b:20»="],
            minEntropy: 4.0),
        Rule(
            "azure-devops-pat", "Azure", "Azure DevOps personal access token assigned to a key that names Azure DevOps",
            Assigned("ado|azure.?devops|azdo|vsts", "[a-z2-7]{52}|[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}"), ["ado", "devops", "azdo", "vsts"],
            ["AZURE_DEVOPS_PAT=«t:52»", "ado_token: «m:76»AZDO«m:4»"],
            ["AZURE_DEVOPS_PAT=«l:51»", "azure_devops_pat = $(System.AccessToken)"],
            minEntropy: 3.5),
        Rule(
            "azure-sql-connection-string-password", "Azure", "Azure SQL Database connection string with a password",
            @"(?i:Server=tcp:[a-z0-9\-.]+\.database\.windows\.net[^""'\n]{0,200}?;\s*Password=)(?<secret>[^;""'\s{$][^;""'\s]{5,})", ["database.windows.net"],
            ["Server=tcp:demo.database.windows.net,1433;Database=app;User ID=app;Password=«m:16»;Encrypt=true;"],
            ["Server=tcp:demo.database.windows.net,1433;Database=app;Authentication=Active Directory Default;", "Server=tcp:demo.database.windows.net;Password={your_password};"]),
        Rule(
            "azure-functions-key", "Azure", "Azure Functions host or function key sent as x-functions-key or code=",
            @"(?i:x-functions-key[""']?\s*[:=]\s*[""']?|[?&]code=)(?<secret>[A-Za-z0-9_\-]{54}==)", ["functions-key", "code="],
            ["x-functions-key: «u:54»==", "https://demo.azurewebsites.net/api/run?code=«u:54»=="],
            ["https://demo.azurewebsites.net/api/run?code=«u:20»", "x-functions-key: «u:54»"],
            minEntropy: 4.0),
    ];
}
