using BenchmarkDotNet.Attributes;
using Rampart.Iam.Policies;

namespace Rampart.Iam.Bench;

/// <summary>Parsing, validating and indexing 10,000 identity policies (one operation = all of them).</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private byte[][] _documents = [];

    [GlobalSetup]
    public void Setup() => _documents = PolicyGenerator.Generate(10_000);

    [Benchmark]
    public PolicyIndex LoadAndIndex10000() => Load(_documents);

    /// <summary>Parses every document and indexes the result.</summary>
    public static PolicyIndex Load(byte[][] documents)
    {
        var parsed = new List<PolicyDocument>(documents.Length);
        foreach (var document in documents)
        {
            var result = PolicyParser.Parse(document, PolicyType.Identity);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(result.FirstError!.ToString());
            }

            parsed.Add(result.Value);
        }

        return new PolicyIndex(parsed);
    }
}
