using Rampart.Git.GitSecrets;
using Rampart.Secrets.Tests.Support;

namespace Rampart.Secrets.Tests.GitSecrets;

/// <summary>git's own <c>git config --get-color</c> is the oracle for how a colour specification reads.</summary>
public sealed class GitColorTests
{
    [Theory]
    [InlineData("red")]
    [InlineData("Blue")]
    [InlineData("bold red")]
    [InlineData("red bold")]
    [InlineData("red blue")]
    [InlineData("normal blue")]
    [InlineData("default")]
    [InlineData("default default")]
    [InlineData("brightgreen")]
    [InlineData("white brightblack")]
    [InlineData("7")]
    [InlineData("8")]
    [InlineData("15 9")]
    [InlineData("200")]
    [InlineData("-1 42")]
    [InlineData("#ff0000")]
    [InlineData("#00FF7f #102030")]
    [InlineData("ul blink reverse dim italic strike")]
    [InlineData("nobold no-ul")]
    [InlineData("bold nobold")]
    [InlineData("reset")]
    [InlineData("reset green")]
    [InlineData("normal")]
    [InlineData("")]
    [InlineData("red blue green")]
    [InlineData("256")]
    [InlineData("-2")]
    [InlineData("#12345")]
    [InlineData("purple")]
    [InlineData("bright")]
    public void Parse_Spec_GivesGitsEscape(string spec)
    {
        GitColor.Parse(spec).ShouldBe(GitConfigOracle.Read("color.grep.match", spec, "--get-color"), $"spec `{spec}`");
    }
}
