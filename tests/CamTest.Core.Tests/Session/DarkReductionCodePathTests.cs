using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.Core.Session;
using CamTest.Core.Tests.Analysis;
using CamTest.IO;

namespace CamTest.Core.Tests.Session;

/// <summary>
/// Integer darks are reduced from exact counts per code (<see cref="Statistics.IntegerValueCounts"/>) and summed per
/// pixel in integers; float darks through buffers of doubles. The two paths are independent implementations of one
/// rule: fed the same values they must give the same figures. Means are sums of integers, exact in both, so equal to
/// the last bit; variances differ only in the rounding of a double sum over 12,288 values (relative error well below
/// 1e-12), so they are compared to 1e-12 relative.
/// </summary>
public class DarkReductionCodePathTests
{
    private const int W = 128, H = 96;

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(8)]
    public void Integer_darks_give_the_figures_of_the_same_values_as_doubles(int frames)
    {
        (ushort[] codes, bool[] mask) = Darks(frames, seed: frames);
        using IFrameSource integer = MemoryFrameSource.Of<ushort>(codes, W, H, PixelType.UInt16);
        using IFrameSource widened = MemoryFrameSource.Of<double>([.. codes.Select(c => (double)c)], W, H, PixelType.Float64);

        foreach (bool[]? m in new[] { null, mask })
        {
            (DarkLevel robust, DarkLevel plain) = DarkReduction.Reduce(integer, 1000, m);
            (DarkLevel robustRef, DarkLevel plainRef) = DarkReduction.Reduce(widened, 1000, m);
            foreach ((DarkLevel a, DarkLevel b) in new[] { (robust, robustRef), (plain, plainRef) })
            {
                Assert.Equal(b.MeanAdu, a.MeanAdu);
                // The errors are spreads of per-frame (per-pair) figures that agree to ~1e-16 of their size: the
                // difference of two such spreads is bounded by that size, not by the (much smaller) spread.
                Assert.Equal(b.Mean.StdErr!.Value, a.Mean.StdErr!.Value, 1e-12 * b.MeanAdu);
                Assert.Equal(b.VarianceAdu2, a.VarianceAdu2, 1e-12 * b.VarianceAdu2);
                Assert.Equal(b.Variance.StdErr!.Value, a.Variance.StdErr!.Value, 1e-12 * b.VarianceAdu2);
            }

            // The mask and the clipping matter: the hot pixels raise the plain level, not the robust one.
            Assert.True(robust.MeanAdu < plain.MeanAdu - 0.5, $"{robust.MeanAdu} {plain.MeanAdu}"); // 40 pixels 275 ADU brighter on average: +0.9 ADU
        }
    }

    [Fact]
    public void Hot_pixels_from_integer_codes_equal_those_from_the_same_values_as_doubles()
    {
        (ushort[] codes, _) = Darks(10, seed: 11);
        double[] bias = new double[W * H];
        var g = new Gaussian(3);
        for (int i = 0; i < bias.Length; i++)
        {
            bias[i] = 100 + g.Next(0.5);
        }

        var fromCodes = new HotPixelDetector(W, H, bias, 5);
        var fromDoubles = new HotPixelDetector(W, H, bias, 5);
        int pixels = W * H;
        for (int f = 0; f < 10; f++)
        {
            ushort[] frame = codes[(f * pixels)..((f + 1) * pixels)];
            using (MemoryFrameSource asCodes = MemoryFrameSource.Of<ushort>(frame, W, H, PixelType.UInt16))
            {
                fromCodes.AddFrames(asCodes);
            }

            using MemoryFrameSource asDoubles = MemoryFrameSource.Of<double>([.. frame.Select(c => (double)c)], W, H, PixelType.Float64);
            fromDoubles.AddFrames(asDoubles);
        }

        HotPixelResult a = fromCodes.Result(Quantity.Exact(2, Unit.ElectronsPerAdu));
        HotPixelResult b = fromDoubles.Result(Quantity.Exact(2, Unit.ElectronsPerAdu));
        Assert.True(a.Count > 10);
        Assert.Equal(b.Count, a.Count);
        Assert.Equal(b.Mask, a.Mask);
        Assert.Equal(b.Pixels.Select(p => (p.X, p.Y)), a.Pixels.Select(p => (p.X, p.Y)));
        // A long sum of codes against a double sum of the same integers: both exact, the rates equal to the last bit.
        Assert.Equal(b.Pixels.Select(p => p.RateEPerS), a.Pixels.Select(p => p.RateEPerS));
    }

    /// <summary>Dark frames around 100 ADU with 3 ADU noise, 40 pixels 50-500 ADU brighter (hot), and a mask of them.</summary>
    private static (ushort[] Codes, bool[] Mask) Darks(int frames, int seed)
    {
        var g = new Gaussian(seed);
        bool[] mask = new bool[W * H];
        double[] extra = new double[W * H];
        for (int k = 0; k < 40; k++)
        {
            int i = g.NextInt(W * H);
            mask[i] = true;
            extra[i] = 50 + g.NextInt(450);
        }

        ushort[] codes = new ushort[frames * W * H];
        for (int i = 0; i < codes.Length; i++)
        {
            codes[i] = (ushort)Math.Round(100 + extra[i % (W * H)] + g.Next(3));
        }

        return (codes, mask);
    }
}
