using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(PianoSite.Benchmarks.SyntheticPlanFixture).Assembly).Run(args);
