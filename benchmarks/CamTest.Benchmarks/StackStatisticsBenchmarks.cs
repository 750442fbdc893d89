using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CamTest.Core.Statistics;
using CamTest.IO;

namespace CamTest.Benchmarks;

/// <summary>
/// The goal: per-frame statistics over a cached 100-frame 2048x2048 uint16 stack (800 MiB) should run at
/// no less than 0.8 of the speed of a plain read of the same file by the same reader. BenchmarkDotNet's Ratio
/// column is time(statistics) / time(read): the goal is Ratio &lt;= 1.25 (speed ratio = 1 / Ratio >= 0.8).
/// </summary>
[Config(typeof(StackConfig))]
public class StackStatisticsBenchmarks
{
    private IFrameSource? _source;
    private byte[] _frame = [];

    [ParamsSource(nameof(Files))]
    public StackFile File { get; set; } = null!;

    public static IEnumerable<StackFile> Files() =>
    [
        new("raw", BenchmarkInput.RawPath, path => RawFrameSource.Open(path, BenchmarkInput.RawLayout)),
        new("ome-tiff", BenchmarkInput.TiffPath, path => ImageFile.Open(path)),
    ];

    [GlobalSetup]
    public void Setup()
    {
        BenchmarkInput.EnsureRaw();
        BenchmarkInput.EnsureTiff();
        BenchmarkInput.WarmPageCache(File.Path);
        _source = File.Open(File.Path);
        _frame = new byte[_source.Info.BytesPerFrame];
    }

    [GlobalCleanup]
    public void Cleanup() => _source?.Dispose();

    /// <summary>Every frame read by the same source into one buffer, nothing else.</summary>
    [Benchmark(Baseline = true)]
    public void PlainRead()
    {
        for (int f = 0; f < _source!.Info.FrameCount; f++)
        {
            _source.ReadFrame(f, _frame);
        }
    }

    /// <summary>
    /// The same plain read in the bands FrameStatistics uses (FramePipeline.DefaultBandBytes): a control showing how
    /// much of any difference comes from the band size (a 4 MiB destination stays in L3) rather than the overlap.
    /// </summary>
    [Benchmark]
    public void PlainReadInBands()
    {
        int rows = FramePipeline.RowsPerBand(_source!.Info, FramePipeline.DefaultBandBytes);
        int rowBytes = _source.Info.Width * _source.Info.BytesPerPixel;
        for (int f = 0; f < _source.Info.FrameCount; f++)
        {
            for (int row = 0; row < _source.Info.Height; row += rows)
            {
                int count = Math.Min(rows, _source.Info.Height - row);
                _source.ReadRows(f, row, count, _frame.AsSpan(0, count * rowBytes));
            }
        }
    }

    /// <summary>Exact per-frame moments (count, sum, sum of squares, min, max) of every frame, reads overlapped.</summary>
    [Benchmark]
    public IReadOnlyList<IMoments> FrameStatistics() => StackStatistics.FrameMoments(_source!);

    /// <summary>Per-pixel mean and variance maps (exact sums, 64K-pixel tiles), for comparison with numpy's mean(0)/var(0).</summary>
    [Benchmark]
    public PixelMaps PerPixelMaps() => StackStatistics.PerPixelMaps(_source!);

    private sealed class StackConfig : ManualConfig
    {
        public StackConfig()
        {
            // In-process: no separate build per run (the shared machine made generated-project builds time out).
            AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(15).WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(new ThroughputColumn(c => (long)BenchmarkInput.Width * BenchmarkInput.Height * 2 * BenchmarkInput.Frames));
        }
    }
}
