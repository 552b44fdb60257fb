using System.Text;

namespace Rampart.Iam.Bench;

/// <summary>Finds the shared bench input (../shared beside the checkout, or RAMPART_SHARED) and loads it.</summary>
public static class BenchData
{
    /// <summary>The realistic eval cases, one UTF-8 line each.</summary>
    public static ReadOnlyMemory<byte>[] RealisticLines()
    {
        var path = Path.Combine(Shared(), "bench", "iam", "realistic-933.jsonl");
        return [.. File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(l))];
    }

    private static string Shared()
    {
        if (Environment.GetEnvironmentVariable("RAMPART_SHARED") is { Length: > 0 } overridden)
        {
            return overridden;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Rampart.slnx")))
            {
                return Path.Combine(dir.FullName, "..", "shared");
            }
        }

        throw new InvalidOperationException("cannot find shared/: set RAMPART_SHARED");
    }
}
