using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Prb.Events.Ical.Benchmarks.ExportBenchmarks).Assembly).Run(args);
