using BenchmarkDotNet.Running;
using Rampart.Events.Bench;

if (args.Length > 0 && args[0] == "citylots2")
{
    return Citylots2Benchmark.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
