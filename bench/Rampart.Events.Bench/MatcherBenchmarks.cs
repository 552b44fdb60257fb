using System.Text;
using BenchmarkDotNet.Attributes;
using Rampart.Events.Compiled;

namespace Rampart.Events.Bench;

/// <summary>
/// One CloudTrail-shaped event against guardrail-style rule sets, per event (BenchmarkDotNet, with
/// allocations): <c>dotnet run -c Release --project bench/Rampart.Events.Bench -- --filter *MatcherBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
public class MatcherBenchmarks
{
    private static readonly byte[] Event = Encoding.UTF8.GetBytes("""
        {"version":"0","id":"6a7e8feb-b491-4cf7-a9f1-bf3703467718","detail-type":"AWS API Call via CloudTrail","source":"aws.cloudtrail",
         "account":"111122223333","time":"2024-12-22T18:43:48Z","region":"us-west-1","resources":[],
         "detail":{"eventVersion":"1.08","userIdentity":{"type":"IAMUser","arn":"arn:aws:iam::111122223333:user/alice","userName":"alice"},
         "eventSource":"cloudtrail.amazonaws.com","eventName":"StopLogging","awsRegion":"us-west-1","sourceIPAddress":"203.0.113.7",
         "requestParameters":{"name":"arn:aws:cloudtrail:us-west-1:111122223333:trail/org"},"responseElements":null,
         "tlsDetails":{"tlsVersion":"TLSv1.3"},"readOnly":false,"managementEvent":true}}
        """);

    private readonly List<int> _matched = [];
    private MatcherSession _session = null!;

    /// <summary>How many rules the bus holds.</summary>
    [Params(10, 1000)]
    public int Rules { get; set; }

    /// <summary>Compiles the rules: CloudTrail API names, user prefixes, source CIDRs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var rules = Enumerable.Range(0, Rules).Select(i => new NamedPattern($"r{i}", EventPatternParser.Parse((i % 3) switch
        {
            0 => $$$"""{"source":["aws.cloudtrail"],"detail":{"eventName":["StopLogging{{{i}}}","DeleteTrail"]}}""",
            1 => $$$"""{"detail":{"userIdentity":{"userName":[{"prefix":"ops-{{{i}}}"}]},"readOnly":[false]}}""",
            _ => $$$"""{"detail":{"sourceIPAddress":[{"cidr":"10.{{{i % 250}}}.0.0/16"}],"eventName":[{"anything-but":"Describe{{{i}}}"}]}}""",
        }).Value!)).ToList();
        _session = PatternMatcher.Compile(rules).CreateSession();
    }

    /// <summary>Matches the event once.</summary>
    [Benchmark]
    public int MatchOneEvent()
    {
        _ = _session.TryMatch(Event, _matched, out _);
        return _matched.Count;
    }
}
