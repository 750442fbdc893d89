using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CamTest.Core.Statistics;

namespace CamTest.Benchmarks;

/// <summary>Single-threaded statistics kernels on one in-memory 2048x2048 uint16 frame (8 MiB, i.e. out of L2 but in L3).</summary>
[Config(typeof(KernelConfig))]
public class KernelBenchmarks
{
    private const int Pixels = 2048 * 2048;
    private ushort[] _a = [];
    private ushort[] _b = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _a = [.. Enumerable.Range(0, Pixels).Select(_ => (ushort)random.Next(65536))];
        _b = [.. Enumerable.Range(0, Pixels).Select(_ => (ushort)random.Next(65536))];
    }

    /// <summary>Memory-speed bound for comparison: the cheapest full read of the frame (an XOR of 256-bit vectors).</summary>
    [Benchmark(Baseline = true)]
    public ulong ReadOnlyXor()
    {
        ReadOnlySpan<Vector256<ulong>> vectors = MemoryMarshal.Cast<ushort, Vector256<ulong>>(_a);
        Vector256<ulong> acc = Vector256<ulong>.Zero;
        foreach (Vector256<ulong> v in vectors)
        {
            acc ^= v;
        }

        return acc[0] ^ acc[1] ^ acc[2] ^ acc[3];
    }

    [Benchmark]
    public IntegerMoments MomentsUInt16() => MomentsKernels.Compute(_a);

    [Benchmark]
    public PairDifference PairDifferenceUInt16() => PairDifferenceKernels.Compute(_a, _b);

    [Benchmark]
    public double[] RowColumnMeansUInt16() =>
        RowColumnMeans.Compute(MemoryMarshal.AsBytes(_a.AsSpan()), CamTest.IO.PixelType.UInt16, 2048).RowMeans;

    private sealed class KernelConfig : ManualConfig
    {
        public KernelConfig()
        {
            // In-process: no separate build per run (the shared machine made generated-project builds time out).
            AddJob(Job.ShortRun.WithWarmupCount(2).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance));
            // Pair difference reads two frames per operation.
            AddColumn(new ThroughputColumn(c => c.Descriptor.WorkloadMethod.Name == nameof(PairDifferenceUInt16) ? 4L * Pixels : 2L * Pixels));
        }
    }
}
