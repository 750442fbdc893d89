using System.Numerics;
using CamTest.Core.Maps;
using CamTest.IO;
using Xunit;

namespace CamTest.Core.Tests.Maps;

/// <summary>
/// <see cref="CameraMapsBuilder"/> against an independent computation: per-pixel sums in BigInteger, mean and variance
/// from them in decimal (28 digits), and the gain fit evaluated from those. Frame sizes are chosen so the stack pass
/// uses several tiles with a short last one.
/// </summary>
public sealed class CameraMapsExactTests
{
    private const int Width = 37;
    private const int Height = 29;

    [Fact]
    public void Maps_equal_an_independent_computation()
    {
        var random = new Random(11);
        ushort[] darks = Frames(random, 23, _ => 1000, 40);
        ushort[][] flats = [Frames(random, 6, i => 3000 + (i % 7), 300), Frames(random, 9, i => 9000 + (i % 5), 900), Frames(random, 2, _ => 20000, 3000)];
        using MemoryFrameSource dark = MemoryFrameSource.Of<ushort>(darks, Width, Height, PixelType.UInt16);
        var flatSources = flats.Select(f => (IFrameSource)MemoryFrameSource.Of<ushort>(f, Width, Height, PixelType.UInt16)).ToList();
        // Tiles of 3 rows: 10 tiles, the last one of 2 rows.
        CameraMaps maps = CameraMapsBuilder.Build(dark, flatSources, tileBytes: 3 * Width * 2);

        var (offset, variance) = Reference(darks);
        var references = flats.Select(Reference).ToList();
        Assert.Equal(23, maps.DarkFrames);
        Assert.Equal([6, 9, 2], maps.FlatFrames);
        for (int i = 0; i < Width * Height; i++)
        {
            // Mean and variance from exact sums: equal to the decimal reference to double rounding (1e-15 relative).
            AssertRelative((double)offset[i], maps.Offset[i], 1e-15);
            AssertRelative((double)variance[i], maps.Variance[i], 1e-14);
            decimal sxy = 0, sxx = 0;
            foreach ((decimal[] mean, decimal[] var) in references)
            {
                decimal x = mean[i] - offset[i], y = var[i] - variance[i];
                sxy += x * y;
                sxx += x * x;
            }

            // Derived floats: 1e-6 relative, as the issue asks (the differences of double maps lose a few digits).
            double gain = (double)(sxy / sxx);
            AssertRelative(gain, maps.Gain![i], 1e-6);
            AssertRelative(Math.Sqrt((double)variance[i]) / gain, maps.ReadNoise![i], 1e-6);
        }
    }

    [Fact]
    public void A_single_dark_frame_is_refused_with_the_file_named()
    {
        using MemoryFrameSource dark = MemoryFrameSource.Of<ushort>(new ushort[Width * Height], Width, Height, PixelType.UInt16, "one.tif");
        InvalidInputException ex = Assert.Throws<InvalidInputException>(() => CameraMapsBuilder.Build(dark, []));
        Assert.Equal("one.tif", ex.FilePath);
    }

    [Fact]
    public void Flats_of_another_size_are_refused_with_the_file_named()
    {
        using MemoryFrameSource dark = MemoryFrameSource.Of<ushort>(new ushort[Width * Height * 2], Width, Height, PixelType.UInt16);
        using MemoryFrameSource flat = MemoryFrameSource.Of<ushort>(new ushort[Width * 2 * 2], Width, 2, PixelType.UInt16, "small.tif");
        InvalidInputException ex = Assert.Throws<InvalidInputException>(() => CameraMapsBuilder.Build(dark, [flat]));
        Assert.Equal("small.tif", ex.FilePath);
    }

    private static ushort[] Frames(Random random, int frames, Func<int, int> level, int spread)
    {
        var values = new ushort[frames * Width * Height];
        for (int f = 0; f < frames; f++)
        {
            for (int i = 0; i < Width * Height; i++)
            {
                values[(f * Width * Height) + i] = (ushort)Math.Clamp(level(i) + random.Next(-spread, spread + 1), 0, ushort.MaxValue);
            }
        }

        return values;
    }

    /// <summary>Per-pixel mean and sample variance from BigInteger sums, in decimal.</summary>
    private static (decimal[] Mean, decimal[] Variance) Reference(ushort[] stack)
    {
        int pixels = Width * Height, frames = stack.Length / pixels;
        var mean = new decimal[pixels];
        var variance = new decimal[pixels];
        for (int i = 0; i < pixels; i++)
        {
            BigInteger sum = 0, squares = 0;
            for (int f = 0; f < frames; f++)
            {
                BigInteger v = stack[(f * pixels) + i];
                sum += v;
                squares += v * v;
            }

            mean[i] = (decimal)sum / frames;
            variance[i] = (decimal)((frames * squares) - (sum * sum)) / ((decimal)frames * (frames - 1));
        }

        return (mean, variance);
    }

    private static void AssertRelative(double expected, double actual, double tolerance) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected), $"expected {expected:R}, got {actual:R} (relative tolerance {tolerance})");
}
