using System.Diagnostics;
using Rampart.Iam.Authorization;
using Rampart.Iam.Cases;

namespace Rampart.Iam.Bench;

/// <summary>
/// <c>quick</c>: a short, reproducible measurement without BenchmarkDotNet's long runs. Reports
/// wall-clock and CPU-time rates (the latter is the one-core figure when the machine is shared),
/// and the memory kept by 10,000 loaded policies.
/// </summary>
public static class QuickRun
{
    public static void Run(TextWriter output)
    {
        var lines = BenchData.RealisticLines();
        Measure(output, "parse+decide (in process)", lines.Length, () =>
        {
            for (var i = 0; i < lines.Length; i++)
            {
                EvalCase.Evaluate(lines[i], i + 1, explain: false);
            }
        });

        var inputs = lines.Select(l => EvalCase.Read(l).Value!).ToArray();
        Measure(output, "decide only", inputs.Length, () =>
        {
            foreach (var input in inputs)
            {
                Authorizer.Decide(input.Request, input.Policies);
            }
        });

        var documents = PolicyGenerator.Generate(10_000);
        LoadBenchmarks.Load(documents);
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var wall = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var index = LoadBenchmarks.Load(documents);
        var cpuSpent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        wall.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine($"load+index 10,000 policies ({index.StatementCount} statements): {wall.Elapsed.TotalMilliseconds:F0} ms wall, {cpuSpent.TotalMilliseconds:F0} ms cpu, {(after - before) / (1024.0 * 1024.0):F1} MiB retained");
        GC.KeepAlive(index);
    }

    private static void Measure(TextWriter output, string name, int perRound, Action round)
    {
        for (var i = 0; i < 20; i++)
        {
            round();
        }

        // Many short rounds: the median is the typical rate, the best round the rate of one core
        // when nothing else takes it (the machine is shared; other processes and GC pauses only
        // ever make a round slower).
        var times = new List<double>();
        var total = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        while (total.ElapsedMilliseconds < 4000)
        {
            var one = Stopwatch.StartNew();
            round();
            times.Add(one.Elapsed.TotalSeconds);
        }

        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        times.Sort();
        var median = perRound / times[times.Count / 2];
        var best = perRound / times[0];
        var overall = perRound * times.Count / total.Elapsed.TotalSeconds;
        output.WriteLine($"{name}: median round {median:F0} decisions/s, best round {best:F0}/s, overall {overall:F0}/s wall, {perRound * times.Count / cpuSeconds:F0}/s per cpu-second ({times.Count} rounds of {perRound})");
    }
}
