using Rampart.Core;
using Rampart.Iam.Authorization;

namespace Rampart.Iam.Cases;

/// <summary>
/// Evaluates one line of the eval format: reads the case, parses and validates its policies,
/// authorizes the request with exactly the policies it lists, and answers. An invalid case is an
/// error answer, never an exception.
/// </summary>
public static class EvalCase
{
    /// <summary>Evaluates one JSON line and answers it.</summary>
    public static EvalCaseAnswer Evaluate(ReadOnlySpan<byte> jsonLine) => Run(jsonLine.ToArray(), 1, false).Answer;

    /// <summary>Evaluates one JSON line with the deciding statements and condition results.</summary>
    public static EvalCaseResult Explain(ReadOnlySpan<byte> jsonLine, int lineNumber = 1) => Run(jsonLine.ToArray(), lineNumber, true);

    /// <summary>
    /// Evaluates one JSON line held in memory (no copy), optionally explained.
    /// <paramref name="lineNumber"/> is the line's number in its file, for locations.
    /// </summary>
    public static EvalCaseResult Evaluate(ReadOnlyMemory<byte> jsonLine, int lineNumber, bool explain) => Run(jsonLine, lineNumber, explain);

    /// <summary>Reads and validates a case without deciding it (for tools that decide many times).</summary>
    public static ParseResult<EvalCaseInput> Read(ReadOnlyMemory<byte> jsonLine, int lineNumber = 1) =>
        EvalCaseReader.Read(jsonLine, lineNumber, out _);

    /// <summary>The answer text of a decision.</summary>
    public static string Name(Decision decision) => decision switch
    {
        Decision.Allow => "Allow",
        Decision.ExplicitDeny => "ExplicitDeny",
        _ => "ImplicitDeny",
    };

    private static EvalCaseResult Run(ReadOnlyMemory<byte> jsonLine, int lineNumber, bool explain)
    {
        var read = EvalCaseReader.Read(jsonLine, lineNumber, out var id);
        if (!read.Succeeded)
        {
            return new EvalCaseResult(new EvalCaseAnswer(id, null, read.FirstError!.Message), null);
        }

        var input = read.Value;
        var result = explain
            ? Authorizer.Authorize(input.Request, input.Policies, explain: true)
            : new AuthorizationResult(Authorizer.Decide(input.Request, input.Policies), string.Empty, []);
        return new EvalCaseResult(new EvalCaseAnswer(input.Id, Name(result.Decision), null), result);
    }
}
