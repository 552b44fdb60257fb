using Rampart.Testing;

namespace Rampart.Architecture.Tests;

public class ArchitectureTests
{
    private static string[] SourceProjects =>
        Directory.GetDirectories(RepositoryPaths.RepoFile("src")).Select(Path.GetFileName).OfType<string>().Order().ToArray();

    public static TheoryData<string> Projects() => new(SourceProjects);

    [Theory]
    [MemberData(nameof(Projects))]
    public void Project_KeepsToTheGraphOfDesignMd(string project)
    {
        Layers.AllowedReferences.ShouldContainKey(project, $"`{project}` is not in design.md's graph: add it to Layers");

        ArchitectureRules.Check(AssemblyPath(project), project).ShouldBeEmpty();
    }

    [Fact]
    public void BrokenFixture_AsAnEngine_BreaksEveryRule()
    {
        var violations = ArchitectureRules.Check(AssemblyPath("Rampart.Architecture.Fixture"), "Rampart.Core")
            .Select(v => $"{v.Rule}: {v.Detail}")
            .ToList();

        violations.ShouldBe(
            [
                "project graph: references `Rampart.Cli`",
                "engine references an adapter or SDK assembly: `AWSSDK.Core`",
                "engine references an adapter or SDK assembly: `Rampart.Cli`",
                "engine does I/O: uses `System.Diagnostics.Process`",
                "engine reads the environment: calls `System.Environment.GetEnvironmentVariable`",
                "engine does I/O: uses `System.IO.Directory`",
                "engine does I/O: uses `System.IO.File`",
                "engine does I/O: uses `System.IO.FileStream`",
                "engine does I/O: uses `System.Net.Http.HttpClient`",
                "engine does I/O: uses `System.Net.Sockets.TcpClient`",
                "engine reads the clock: calls `System.DateTime.get_Now`",
                "engine reads the clock: calls `System.DateTime.get_UtcNow`",
                "engine reads the clock: calls `System.DateTimeOffset.get_UtcNow`",
            ],
            ignoreOrder: true);
    }

    [Fact]
    public void EveryProjectUnderSrc_IsCheckedByThisTest()
    {
        var missing = SourceProjects.Where(p => !File.Exists(Path.Combine(AppContext.BaseDirectory, AssemblyFile(p)))).ToList();

        missing.ShouldBeEmpty("add a ProjectReference to each of these in Rampart.Architecture.Tests.csproj");
    }

    private static string AssemblyPath(string project) => Path.Combine(AppContext.BaseDirectory, AssemblyFile(project));

    private static string AssemblyFile(string project) => project == "Rampart.Cli" ? "rampart.dll" : $"{project}.dll";
}
