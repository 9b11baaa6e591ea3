using BenchmarkDotNet.Running;
using Omigjen.OpeningHours.Benchmarks;

// Two modes:
//   BenchmarkDotNet (default):  dotnet run -c Release --project bench/Omigjen.OpeningHours.Benchmarks -- --filter '*' [--job short]
//   Throughput (one JSON line): dotnet run -c Release --project bench/Omigjen.OpeningHours.Benchmarks -- --throughput <corpus-file> [options]
if (args.Length > 0 && args[0] == "--throughput")
{
    return ThroughputRunner.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Corpus).Assembly).Run(args);
return 0;
