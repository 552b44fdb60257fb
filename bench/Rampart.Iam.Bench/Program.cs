using BenchmarkDotNet.Running;
using Rampart.Iam.Bench;

if (args is ["quick"])
{
    QuickRun.Run(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(EvalBenchmarks).Assembly).Run(args);
