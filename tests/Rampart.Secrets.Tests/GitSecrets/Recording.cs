using System.Text;
using System.Text.Json;
using Rampart.Testing;

namespace Rampart.Secrets.Tests.GitSecrets;

/// <summary>One recorded git-secrets scenario (conformance/secrets/git-secrets-1.3.0.jsonl).</summary>
public sealed record Recording(string Name, string Setup, string Command, string? Stdin, int Exit, byte[] Stdout, byte[] Stderr)
{
    /// <summary>The recording file, in the checkout.</summary>
    public static string FilePath => RepositoryPaths.RepoFile("conformance", "secrets", "git-secrets-1.3.0.jsonl");

    /// <summary>The header line's bash prelude and fixed environment.</summary>
    public static (string Prelude, Dictionary<string, string> Environment) Header()
    {
        using var header = JsonDocument.Parse(File.ReadLines(FilePath).First());
        var environment = header.RootElement.GetProperty("env").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        return (header.RootElement.GetProperty("prelude").GetString()!, environment);
    }

    /// <summary>Every scenario in file order.</summary>
    public static IEnumerable<Recording> All()
    {
        foreach (var line in File.ReadLines(FilePath).Skip(1))
        {
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            yield return new Recording(
                r.GetProperty("name").GetString()!,
                r.GetProperty("setup").GetString()!,
                r.GetProperty("cmd").GetString()!,
                r.GetProperty("stdin").GetString(),
                r.GetProperty("exit").GetInt32(),
                Bytes(r.GetProperty("stdout")),
                Bytes(r.GetProperty("stderr")));
        }
    }

    private static byte[] Bytes(JsonElement value) =>
        value.TryGetProperty("text", out var text) ? Encoding.UTF8.GetBytes(text.GetString()!) : Convert.FromBase64String(value.GetProperty("base64").GetString()!);
}
