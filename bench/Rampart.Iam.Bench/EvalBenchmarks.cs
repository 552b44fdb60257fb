using BenchmarkDotNet.Attributes;
using Rampart.Iam.Authorization;
using Rampart.Iam.Cases;

namespace Rampart.Iam.Bench;

/// <summary>
/// shared/bench/iam/realistic-933.jsonl: end to end in process (read each line's bytes, parse,
/// decide) and decide only (policies parsed once). One operation = one decision.
/// </summary>
[MemoryDiagnoser]
public class EvalBenchmarks
{
    private ReadOnlyMemory<byte>[] _lines = [];
    private EvalCaseInput[] _inputs = [];

    [GlobalSetup]
    public void Setup()
    {
        _lines = BenchData.RealisticLines();
        _inputs = [.. _lines.Select(l => EvalCase.Read(l).Value!)];
    }

    [Benchmark(OperationsPerInvoke = 933)]
    public int ParseAndDecide()
    {
        var allowed = 0;
        for (var i = 0; i < _lines.Length; i++)
        {
            if (EvalCase.Evaluate(_lines[i], i + 1, explain: false).Answer.Decision == "Allow")
            {
                allowed++;
            }
        }

        return allowed;
    }

    [Benchmark(OperationsPerInvoke = 933)]
    public int DecideOnly()
    {
        var allowed = 0;
        foreach (var input in _inputs)
        {
            if (Authorizer.Decide(input.Request, input.Policies) == Decision.Allow)
            {
                allowed++;
            }
        }

        return allowed;
    }
}
