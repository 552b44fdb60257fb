using System.Diagnostics;
using System.Globalization;
using Rampart.Events.Compiled;

namespace Rampart.Events.Bench;

/// <summary>
/// event-ruler's CL2Benchmark on the synthetic citylots2 file: per category and combo, all rules in
/// one matcher, every line matched from its UTF-8 bytes with counting inside the timed loop,
/// warm-up passes then measured passes; every pass's counts must equal the expected counts exactly.
/// Usage: <c>citylots2 --data FILE [--shared DIR] [--warmup N] [--passes N] [--only SET,…]</c>.
/// </summary>
public static class Citylots2Benchmark
{
    /// <summary>Runs the benchmark and prints a Markdown table; 1 when any count differs.</summary>
    public static int Run(string[] args)
    {
        var options = Options(args);
        var data = Citylots2Data.Load(options["--data"], options.GetValueOrDefault("--shared", "../shared/bench/eventbridge"));
        var warmup = int.Parse(options.GetValueOrDefault("--warmup", "2"), CultureInfo.InvariantCulture);
        var passes = int.Parse(options.GetValueOrDefault("--passes", "3"), CultureInfo.InvariantCulture);
        var only = options.TryGetValue("--only", out var list) ? list.Split(',') : null;
        Console.WriteLine($"{data.Lines.Length:N0} events, {warmup} warm-up + {passes} measured passes, .NET {Environment.Version}, {Environment.ProcessorCount} cores");
        Console.WriteLine();
        Console.WriteLine("| set | rules | Rampart ev/s (mean) | min | max | per CPU-second | event-ruler ev/s (anchor mean) | ratio (mean) | bytes/rule | counts |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        var failed = false;
        foreach (var set in data.Sets.Where(s => only is null || only.Contains(s)))
        {
            var patterns = data.PatternsOf(set);
            var matcher = PatternMatcher.Compile([.. patterns.Select((p, i) => new NamedPattern($"r{i}", EventPatternParser.Parse(p).Value!))]);
            var session = matcher.CreateSession();
            var bytesPerRule = BytesPerRule(patterns);
            var rates = new List<double>();
            var cpuRates = new List<double>();
            var countsOk = true;
            for (var pass = 0; pass < warmup + passes; pass++)
            {
                var counts = new long[patterns.Length];
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var seconds = Pass(session, data.Lines, counts);
                var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
                countsOk &= counts.SequenceEqual(data.Expected[set]);
                if (!countsOk)
                {
                    Console.Error.WriteLine($"{set}: counts [{string.Join(", ", counts)}] differ from expected [{string.Join(", ", data.Expected[set])}]");
                    break;
                }

                if (pass >= warmup)
                {
                    rates.Add(data.Lines.Length / seconds);
                    cpuRates.Add(data.Lines.Length / cpuSeconds);
                }
            }

            GC.KeepAlive(matcher);
            failed |= !countsOk;
            var anchor = data.Anchors.GetValueOrDefault(set);
            Console.WriteLine(countsOk
                ? $"| {set} | {patterns.Length} | {rates.Average():N0} | {rates.Min():N0} | {rates.Max():N0} | {cpuRates.Average():N0} | {anchor:N0} | {rates.Average() / anchor:0.00}× | {bytesPerRule:N0} | exact |"
                : $"| {set} | {patterns.Length} | – | – | – | – | {anchor:N0} | – | {bytesPerRule:N0} | **DIFFER** |");
        }

        return failed ? 1 : 0;
    }

    /// <summary>
    /// Memory a compiled rule keeps alive (parsed pattern, trie, matcher tables and a session),
    /// measured over 200 copies of the set in one matcher so that the figure is above GC noise.
    /// </summary>
    private static long BytesPerRule(string[] patterns)
    {
        const int Copies = 200;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var rules = Enumerable.Range(0, Copies).SelectMany(c => patterns.Select((p, i) => new NamedPattern($"c{c}r{i}", EventPatternParser.Parse(p).Value!))).ToList();
        var matcher = PatternMatcher.Compile(rules);
        var session = matcher.CreateSession();
        rules = null;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(session);
        GC.KeepAlive(matcher);
        return (after - before) / (Copies * patterns.Length);
    }

    private static double Pass(MatcherSession session, byte[][] lines, long[] counts)
    {
        var matched = new List<int>();
        var clock = Stopwatch.StartNew();
        foreach (var line in lines)
        {
            if (!session.TryMatch(line, matched, out var error))
            {
                throw new InvalidOperationException(error);
            }

            foreach (var rule in matched)
            {
                counts[rule]++;
            }
        }

        return clock.Elapsed.TotalSeconds;
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i]] = args[i + 1];
        }

        if (!options.ContainsKey("--data"))
        {
            throw new ArgumentException("usage: citylots2 --data FILE [--shared DIR] [--warmup N] [--passes N] [--only SET,...]");
        }

        return options;
    }
}
