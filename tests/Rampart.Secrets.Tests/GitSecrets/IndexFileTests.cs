using System.Diagnostics;
using Rampart.Git.GitSecrets;

namespace Rampart.Secrets.Tests.GitSecrets;

/// <summary>Reading <c>.git/index</c> ourselves must list exactly what <c>git ls-files</c> lists as regular files.</summary>
public sealed class IndexFileTests
{
    [Theory]
    [InlineData("", 2)]
    [InlineData("", 3)]
    [InlineData("d/", 2)]
    public void RegularFiles_RepositoryWithFolderAndSymlink_SameAsGitLsFiles(string prefix, int version)
    {
        var root = Path.Combine(Path.GetTempPath(), "rampart-index-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(root, "d", "e"));
        try
        {
            File.WriteAllText(Path.Combine(root, "a.txt"), "a");
            File.WriteAllText(Path.Combine(root, "d", "b name.txt"), "b");
            File.WriteAllText(Path.Combine(root, "d", "e", "c.txt"), "c");
            File.WriteAllText(Path.Combine(root, "ü.txt"), "u");
            File.CreateSymbolicLink(Path.Combine(root, "link"), "a.txt");
            Git(root, "init", "-q", ".");
            Git(root, "config", "index.version", version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Git(root, "add", "-A");
            Git(root, "update-index", "--intent-to-add", "--add", "a.txt");
            var expected = Git(Path.Combine(root, prefix), "ls-files", "-z", "-s").Split('\0', StringSplitOptions.RemoveEmptyEntries)
                .Where(record => record.StartsWith("100", StringComparison.Ordinal))
                .Select(record => record[(record.IndexOf('\t', StringComparison.Ordinal) + 1)..]);

            var paths = IndexFile.RegularFiles(Path.Combine(root, ".git", "index"), prefix);

            paths.ShouldNotBeNull();
            paths.Select(entry => Rampart.Git.Processes.ByteString.ToOs(entry.Path)).ShouldBe(expected);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void RegularFiles_AssumeUnchangedAndSkipWorktree_SameFlagsAsGitLsFilesV()
    {
        var root = Path.Combine(Path.GetTempPath(), "rampart-index-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        try
        {
            foreach (var name in new[] { "a", "b", "c" })
            {
                File.WriteAllText(Path.Combine(root, name), name);
            }

            Git(root, "init", "-q", ".");
            Git(root, "add", "-A");
            Git(root, "update-index", "--assume-unchanged", "a");
            Git(root, "update-index", "--skip-worktree", "b");
            var tags = Git(root, "ls-files", "-v").Split('\n', StringSplitOptions.RemoveEmptyEntries);

            var entries = IndexFile.RegularFiles(Path.Combine(root, ".git", "index"), "");

            entries.ShouldNotBeNull();
            tags.ShouldBe(["h a", "S b", "H c"]);
            entries.Select(entry => (entry.Path, entry.AssumeUnchanged, entry.SkipWorktree))
                .ShouldBe([("a", true, false), ("b", false, true), ("c", false, false)]);
            entries[0].ObjectId.ShouldBe(Git(root, "rev-parse", ":a").Trim());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string Git(string directory, params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, UseShellExecute = false };
        info.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        info.Environment["HOME"] = directory;
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
