using Rampart.Core;
using Rampart.Iam.Policies;
using Rampart.Iam.Requests;

namespace Rampart.Iam.Tests.Policies;

public class PolicyStringTests
{
    private static readonly RequestContext Context = new RequestContext()
        .With("aws:username", ContextValue.Of("alice"))
        .With("aws:PrincipalTag/team", ContextValue.Of("blue"))
        .With("aws:TagKeys", ContextValue.Of(["a", "b"]));

    [Theory]
    [InlineData("home/${aws:username}/*", "home/alice/*")]
    [InlineData("home/${AWS:USERNAME}", "home/alice")]
    [InlineData("team-${aws:PrincipalTag/team, 'none'}", "team-blue")]
    [InlineData("team-${aws:PrincipalTag/env, 'none'}", "team-none")]
    [InlineData("a${*}b${?}c${$}", "a*b?c$")]
    public void TryResolve_Variables_AreSubstituted(string text, string expected)
    {
        var compiled = PolicyString.Compile(text, variables: true, out var error)!;

        error.ShouldBeNull();
        compiled.TryResolve(Context, out var resolved, out _).ShouldBeTrue();
        resolved.ShouldBe(expected);
    }

    [Theory]
    [InlineData("home/${aws:userid}")]
    [InlineData("${aws:TagKeys}")]
    public void TryResolve_MissingOrMultivaluedKey_DoesNotResolve(string text) =>
        PolicyString.Compile(text, variables: true, out _)!.TryResolve(Context, out _, out _).ShouldBeFalse();

    [Fact]
    public void TryResolve_SpecialCharacters_AreLiteralInPatterns()
    {
        PolicyString.Compile("a${*}", variables: true, out _)!.TryResolve(Context, out var text, out var literal);

        Wildcard.IsMatch(text, literal, "a*").ShouldBeTrue();
        Wildcard.IsMatch(text, literal, "abc").ShouldBeFalse();
    }

    [Theory]
    [InlineData("${aws:username")]
    [InlineData("${aws:username, default}")]
    [InlineData("${}")]
    public void Compile_MalformedVariable_IsAnError(string text)
    {
        PolicyString.Compile(text, variables: true, out var error).ShouldBeNull();
        error.ShouldNotBeNull();
    }
}
