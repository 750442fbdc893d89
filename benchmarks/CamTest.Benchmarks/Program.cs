using BenchmarkDotNet.Running;

// Run one suite: dotnet run -c Release --project benchmarks/CamTest.Benchmarks -- --filter '*FrameStatistics*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
