using System.Text;
using Rampart.Git.GitSecrets;
using Rampart.Git.Objects;
using Rampart.Secrets.GitSecrets.Posix;
using Rampart.Secrets.Tests.Support;

namespace Rampart.Secrets.Tests.GitSecrets;

/// <summary>Rampart's <c>git grep -nwHEI PATTERN REV</c> against git's own, with and without the object database.</summary>
public sealed class TreeGrepTests
{
    private const string Pattern = "SECRET[0-9]+";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Append_DiffAttributesDecideBinary_SameLinesAsGitGrep(bool objects)
    {
        using var repo = TempRepo.Git();
        repo.Write(".gitattributes", "*.dat -diff\n*.bin diff\n*.foo diff=foo\nlocked/** binary\n");
        repo.Run("git", "config", "diff.foo.binary", "true");
        repo.Write("a.dat", "SECRET1 in text marked -diff\n");
        File.WriteAllBytes(Path.Combine(repo.Path, "b.bin"), Encoding.ASCII.GetBytes("SECRET2 after\0 a NUL, marked diff\n"));
        repo.Write("c.foo", "SECRET3 in a driver marked binary\n");
        repo.Write("d.txt", "SECRET4 plain\n");
        repo.Write("locked/e.txt", "SECRET5 under a binary folder\n");
        repo.Write("open/e.txt", "SECRET5 same blob elsewhere\n");
        repo.Write("locked/same.txt", "SECRET6 shared\n");
        repo.Write("open/same.txt", "SECRET6 shared\n");
        var commit = repo.Commit("files");
        var expected = repo.Run("git", "grep", "-nwHEI", Pattern, commit);

        var layout = RepositoryLayout.Read(repo.Path);
        layout.ShouldNotBeNull().HasAttributes.ShouldBeTrue();
        using var database = objects ? ObjectDatabase.Open(layout.ObjectsDirectory) : null;
        using var grep = new TreeGrep(database, repo.Path, () => PosixRegex.Compile(Encoding.ASCII.GetBytes(Pattern), RegexDialect.Glibc).Value!, layout, new GrepStyle(QuotePath: true, FullName: false, Column: false));
        ObjectId.TryParse(repo.Run("git", "rev-parse", commit + "^{tree}").Trim(), out var tree).ShouldBeTrue();
        grep.Prepare([tree], _ => false);
        var output = new StringBuilder();
        grep.Append(commit, tree, "", output);

        output.ToString().ShouldBe(expected);
        expected.ShouldContain("b.bin:1:");
        expected.ShouldNotContain("a.dat");
    }
}
