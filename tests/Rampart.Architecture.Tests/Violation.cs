namespace Rampart.Architecture.Tests;

/// <summary>One broken architecture rule in one assembly.</summary>
public sealed record Violation(string Assembly, string Rule, string Detail)
{
    public override string ToString() => $"{Assembly}: {Rule}: {Detail}";
}
