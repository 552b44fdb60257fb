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
        for (var i = 0; i < 5; i++)
        {
            round();
        }

        var rounds = 0;
        var wall = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        while (wall.ElapsedMilliseconds < 3000)
        {
            round();
            rounds++;
        }

        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var decisions = (double)rounds * perRound;
        output.WriteLine($"{name}: {decisions / wall.Elapsed.TotalSeconds:F0} decisions/s wall, {decisions / cpuSeconds:F0} decisions/s cpu");
    }
}
