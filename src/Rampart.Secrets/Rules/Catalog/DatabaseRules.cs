using static Rampart.Secrets.Rules.RuleBuilder;

namespace Rampart.Secrets.Rules.Catalog;

/// <summary>Connection URLs and strings that carry a password.</summary>
internal static class DatabaseRules
{
    public static IEnumerable<SecretRule> All() =>
    [
        Url("postgres-url-password", "PostgreSQL", "postgres(?:ql)?", ["postgres"]),
        Url("mysql-url-password", "MySQL", "mysql(?:x)?|mariadb", ["mysql", "mariadb"]),
        Url("mongodb-url-password", "MongoDB", "mongodb(?:\\+srv)?", ["mongodb"]),
        Url("redis-url-password", "Redis", "rediss?", ["redis"], user: "[^:@/\\s\"']*"),
        Url("amqp-url-password", "RabbitMQ", "amqps?", ["amqp"]),
        Url("mssql-url-password", "SQL Server", "mssql|sqlserver", ["mssql", "sqlserver"]),
        Url("ldap-url-password", "LDAP", "ldaps?", ["ldap"]),
        Url("url-embedded-password", "URL", "https?|ftps?|sftp|smtps?|git\\+https?", ["http", "ftp", "smtp"]),
        Rule(
            "jdbc-password", "JDBC", "JDBC URL with a password parameter",
            @"jdbc:[a-z0-9]+:[^\s""']{0,300}?[?&;](?i:password)=(?<secret>[^&;\s""'${][^&;\s""']{2,})", ["jdbc:"],
            ["jdbc:postgresql://db.example.com:5432/app?user=app&password=«m:16»"],
            ["jdbc:postgresql://db.example.com:5432/app?user=app", "jdbc:mysql://db/app?user=app&password=${DB_PASSWORD}"]),
        Rule(
            "connection-string-password", "ADO.NET", "ADO.NET / ODBC connection string with a password",
            @"(?i:(?:Server|Data Source|Host)=[^;""'\n]{1,200};[^""'\n]{0,300}?(?:Password|Pwd)=)(?<secret>[^;""'\s{$<][^;""'\s]{3,})", ["password=", "pwd="],
            ["\"Default\": \"Server=db;Database=app;User Id=app;Password=«m:16»;\"", "Host=db;Username=app;Pwd=«m:12»"],
            ["Server=db;Database=app;Integrated Security=true;", "Server=db;Database=app;Password={db-password};"]),
    ];

    private static SecretRule Url(string id, string provider, string scheme, string[] keywords, string user = "[^:@/\\s\"']+")
    {
        var first = keywords[0];
        var sample = first switch
        {
            "http" => "https",
            _ => first,
        };
        return Rule(
            id, provider, $"{provider} URL with a password (scheme://user:password@host)",
            $@"(?i:\b(?:{scheme})://){user}:(?<secret>[^\s@/""'${{<*%:][^\s@/""']{{2,}})@[^\s""'/@]+", keywords,
            [$"url = \"{sample}://app:«m:16»@db.example.com:1234/app\"", $"{sample.ToUpperInvariant()}_URL={sample}://admin:«m:12»@10.0.0.5/"],
            [$"{sample}://app@db.example.com/app", $"{sample}://app:${{DB_PASSWORD}}@db.example.com/app", $"{sample}://app:<password>@db.example.com/app"]);
    }
}
