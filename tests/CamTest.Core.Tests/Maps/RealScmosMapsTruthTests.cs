using CamTest.Core.Maps;
using CamTest.IO;
using CamTest.TestSupport;
using Xunit;

namespace CamTest.Core.Tests.Maps;

/// <summary>
/// A real sCMOS camera's gain and read-variance maps (the 64 x 64 crop in tests/fixtures/real/scmos-maps, MIT) used
/// as truth: dark and flat stacks are simulated from them, and the maps <see cref="CameraMapsBuilder"/> gives back must
/// differ from the truth by what the frame counts predict, pixel by pixel, no more and no less.
/// </summary>
public sealed class RealScmosMapsTruthTests
{
    private const int Size = 64;
    private const int DarkFrames = 200;
    private const int FlatFrames = 100;
    private const double Offset = 100;
    private static readonly double[] LevelsElectrons = [100, 400, 1600, 6400];

    [Fact]
    public void Gain_and_variance_maps_match_the_truth_to_the_statistics_of_the_frame_count()
    {
        double[] gain = Read("gainsub.tif"), readVariance = Read("varsub.tif");
        var random = new Random(2013);
        using MemoryFrameSource darks = Stack(random, DarkFrames, gain, readVariance, 0);
        var flats = LevelsElectrons.Select(s => (IFrameSource)Stack(random, FlatFrames, gain, readVariance, s)).ToList();
        CameraMaps maps = CameraMapsBuilder.Build(darks, flats);

        var varianceZ = new List<double>();
        var gainZ = new List<double>();
        for (int i = 0; i < Size * Size; i++)
        {
            double g = gain[i], v = readVariance[i];
            // The variance of N Gaussian frames: (N - 1) s^2 / sigma^2 is chi-square with N - 1 degrees of freedom, so
            // s^2 / sigma^2 - 1 has standard deviation sqrt(2 / (N - 1)).
            varianceZ.Add(((maps.Variance[i] / v) - 1) / Math.Sqrt(2.0 / (DarkFrames - 1)));
            if (g <= 0)
            {
                // A failed pixel (no response to light): its fitted gain must come out bad, not as a figure.
                Assert.True(maps.BadPixels[i].HasFlag(BadPixelReason.NonPositiveGain) || maps.BadPixels[i].HasFlag(BadPixelReason.NonFinite), $"failed pixel {i % Size},{i / Size} (true gain {g}) not flagged");
                continue;
            }

            gainZ.Add((maps.Gain![i] - g) / Math.Sqrt(GainVariance(g, v)));
        }

        AssertStandardNormal(varianceZ, "variance");
        AssertStandardNormal(gainZ, "gain");
    }

    /// <summary>
    /// The sampling variance of the fitted gain (first order in the errors): g = sum x_k y_k / sum x_k^2, with x_k the
    /// flat mean less the offset and y_k the flat variance less the dark variance. Each level's variance has
    /// 2 sigma_k^4 / (n - 1) and its mean sigma_k^2 / n (entering with slope -g); the dark variance and offset are
    /// shared by all levels, so they enter through sum x_k.
    /// </summary>
    private static double GainVariance(double g, double v)
    {
        double sxx = 0, sx = 0, fromLevels = 0;
        foreach (double s in LevelsElectrons)
        {
            double x = g * s, sigma2 = (g * g * s) + v;
            sxx += x * x;
            sx += x;
            fromLevels += x * x * ((2 * sigma2 * sigma2 / (FlatFrames - 1)) + (g * g * sigma2 / FlatFrames));
        }

        double fromDarks = sx * sx * ((2 * v * v / (DarkFrames - 1)) + (g * g * v / DarkFrames));
        return (fromLevels + fromDarks) / (sxx * sxx);
    }

    /// <summary>
    /// The z-scores of n pixels must look standard normal: their mean within 5 standard errors (1/sqrt n) of 0 and
    /// their standard deviation within 5 standard errors (1/sqrt(2n)) of 1. A gain or variance map off by 1 % in
    /// scale, or errors mis-scaled by 10 %, fails.
    /// </summary>
    private static void AssertStandardNormal(List<double> z, string what)
    {
        double n = z.Count, mean = z.Average();
        double sd = Math.Sqrt(z.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        Assert.True(Math.Abs(mean) < 5 / Math.Sqrt(n), $"{what}: mean z {mean:F4} over {n} pixels, limit {5 / Math.Sqrt(n):F4}");
        Assert.True(Math.Abs(sd - 1) < 5 / Math.Sqrt(2 * n), $"{what}: z standard deviation {sd:F4} over {n} pixels, limit 1 +/- {5 / Math.Sqrt(2 * n):F4}");
    }

    /// <summary>
    /// Frames of a camera with these maps at <paramref name="electrons"/> mean signal, as float32 (no quantisation, so
    /// the truth variance is exactly the map's): offset + gain x (signal with Gaussian shot noise of variance S) + read
    /// noise. Gaussian shot noise has the Poisson variance, which is all the fit uses, at levels of 100 e- and more.
    /// </summary>
    private static MemoryFrameSource Stack(Random random, int frames, double[] gain, double[] readVariance, double electrons)
    {
        var values = new float[frames * Size * Size];
        for (int f = 0; f < frames; f++)
        {
            for (int i = 0; i < Size * Size; i++)
            {
                double signal = electrons + (Math.Sqrt(electrons) * Normal(random));
                values[(f * Size * Size) + i] = (float)(Offset + (gain[i] * signal) + (Math.Sqrt(readVariance[i]) * Normal(random)));
            }
        }

        return MemoryFrameSource.Of<float>(values, Size, Size, PixelType.Float32);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static double[] Read(string name)
    {
        using IFrameSource source = ImageFile.Open(TestPaths.Fixture("real", "scmos-maps", name));
        return source.ReadFrameAsDouble(0);
    }
}
