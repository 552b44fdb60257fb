namespace Rampart.Core.Tests;

public class DiagnosticTests
{
    [Fact]
    public void ToString_WithLineColumnAndPointer_ShowsBoth() =>
        new Diagnostic(Severity.Error, "json.syntax", "unexpected `}`", new SourceLocation(3, 14, "/Statement/0"))
            .ToString().ShouldBe("3:14 (/Statement/0): error json.syntax: unexpected `}`");

    [Fact]
    public void ToString_WithoutLocation_LeavesItOut() =>
        Diagnostic.Error("x.y", "bad").ToString().ShouldBe("error x.y: bad");

    [Fact]
    public void ToString_PointerOnly() =>
        Diagnostic.Warning("w", "odd", SourceLocation.Pointer("/a/b")).ToString().ShouldBe("/a/b: warning w: odd");

    [Fact]
    public void Failure_WithoutAnError_IsABug() =>
        Should.Throw<ArgumentException>(() => ParseResult<int>.Failure([Diagnostic.Warning("w", "only a warning", SourceLocation.None)]));

    [Fact]
    public void Success_KeepsWarnings()
    {
        var result = ParseResult<int>.Success(7, [Diagnostic.Warning("w", "odd", SourceLocation.At(1, 2))]);

        result.Succeeded.ShouldBeTrue();
        result.Value.ShouldBe(7);
        result.FirstError.ShouldBeNull();
        result.Diagnostics.Count.ShouldBe(1);
    }
}
