using System.Text;
using Rampart.Secrets.AllowLists;
using Rampart.Secrets.Baselines;
using Rampart.Secrets.Scanning;
using Rampart.Secrets.Tests.Support;

namespace Rampart.Secrets.Tests.Scanning;

/// <summary>
/// History sessions skip lines a path's previous version had and reuse blobs already read; the
/// reference scans every version in full and keeps the first finding per fingerprint. Seeded
/// random edit sequences (insert, delete, move, revert, copy to another path) must agree.
/// </summary>
public sealed class ScanSessionDifferentialTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Add_RandomHistory_AgreesWithFullRescan(int seed)
    {
        var random = new Random(seed);
        string[] pool =
        [
            $"id = {Fake.AwsKeyId("a")}", $"token = {Fake.GitHubToken("b")}", $"aws_secret_access_key = {Fake.AwsSecret("c")}",
            $"key = {Fake.AwsKeyId("d")} # rampart:allow", "plain filler line", "another ordinary line", "api_key = \"short\"", string.Empty,
        ];
        string[] paths = ["a.env", "b/config.yml", "c d.txt"];
        var files = paths.ToDictionary(p => p, _ => new List<string>());
        var history = new List<(string Path, string Content, CommitInfo Commit)>();
        for (var commit = 0; commit < 60; commit++)
        {
            var info = new CommitInfo($"c{commit}", "A <a@x>", $"d{commit}");
            var path = paths[random.Next(paths.Length)];
            var lines = files[path];
            switch (random.Next(5))
            {
                case 0 when lines.Count > 0:
                    lines.RemoveAt(random.Next(lines.Count));
                    break;
                case 1 when lines.Count > 1:
                    var moved = lines[0];
                    lines.RemoveAt(0);
                    lines.Add(moved);
                    break;
                case 2 when history.Count > 0:
                    var old = history[random.Next(history.Count)];
                    files[path] = [.. old.Content.Split('\n').SkipLast(1)];
                    break;
                default:
                    lines.Insert(random.Next(lines.Count + 1), pool[random.Next(pool.Length)]);
                    break;
            }

            history.Add((path, string.Join("\n", files[path]) + "\n", info));
        }

        var session = new ScanSession(new SecretScanner(), AllowList.Empty, Baseline.Empty);
        foreach (var (path, content, commit) in history)
        {
            session.Add(new ScanTarget(path, () => new MemoryStream(Encoding.UTF8.GetBytes(content))) { BlobId = Blob(content), Commit = commit });
        }

        var scanner = new SecretScanner();
        var expected = new Dictionary<string, (string, string, int, int, string?)>();
        foreach (var (path, content, commit) in history)
        {
            foreach (var finding in scanner.Scan(path, new MemoryStream(Encoding.UTF8.GetBytes(content))).Findings)
            {
                expected.TryAdd(finding.Fingerprint, (finding.Rule.Id, finding.Path, finding.Line, finding.Column, commit.Sha));
            }
        }

        session.Findings.Select(f => (f.Rule.Id, f.Path, f.Line, f.Column, f.Commit)).ShouldBe(expected.Values, ignoreOrder: true);
    }

    private static string Blob(string content) => Convert.ToHexString(System.Security.Cryptography.SHA1.HashData(Encoding.UTF8.GetBytes(content)));
}
