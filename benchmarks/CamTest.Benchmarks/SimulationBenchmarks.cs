using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CamTest.Simulation;

namespace CamTest.Benchmarks;

/// <summary>
/// Issue 3's goal: one 2048 x 2048 frame simulated "in well under a second" on the 2-core machine. Frames of the
/// scmos-small preset (rows in parallel): a bias, a mid-level flat (1,000 e-/pixel) and a near-saturation flat, and
/// an EMCCD frame at EM gain 300 (the gamma draws make it the slowest).
/// </summary>
[Config(typeof(Config))]
public class SimulationBenchmarks
{
    private readonly ushort[] _output = new ushort[2048 * 2048];
    private FrameSimulator _scmos = null!;
    private FrameSimulator _emccd = null!;

    [GlobalSetup]
    public void Setup()
    {
        var options = new SimulationOptions { RoiWidth = 2048, RoiHeight = 2048 };
        _scmos = new FrameSimulator(SensorState.Create(CameraPresets.ScmosSmall, options));
        _emccd = new FrameSimulator(SensorState.Create(CameraPresets.Emccd512 with { SensorWidth = 2048, SensorHeight = 2048 }, options));
    }

    [Benchmark]
    public void Bias2048() => _scmos.Simulate(new StackPlan(StackRole.Bias, "bias", 1, 0, 0, 1), 0, _output);

    [Benchmark]
    public void Flat2048_1000e() => _scmos.Simulate(new StackPlan(StackRole.Flat, "flat", 1, 100, 1000 / 0.8 * 10, 1), 0, _output);

    [Benchmark]
    public void Flat2048_20000e() => _scmos.Simulate(new StackPlan(StackRole.Flat, "flat", 1, 100, 20000 / 0.8 * 10, 1), 0, _output);

    [Benchmark]
    public void Emccd2048_gain300() => _emccd.Simulate(new StackPlan(StackRole.EmAmplified, "em", 1, 10, 1000, 300), 0, _output);

    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.ShortRun.WithWarmupCount(2).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance));
    }
}
