using CamTest.Core.Analysis;
using CamTest.Core.Emva;

namespace CamTest.Core.Tests.Emva;

/// <summary>The R4 split of a spatial variance into column, row and pixel parts, on images built from known patterns.</summary>
public class EmvaSpatialVarianceTests
{
    [Fact]
    public void Splits_an_image_into_the_column_row_and_pixel_patterns_it_was_built_from()
    {
        // Column pattern sd 2, row pattern sd 1, pixel pattern sd 3, no temporal noise left (1000 frames of none).
        const int w = 400, h = 300;
        var random = new Random(11);
        double[] columns = [.. Enumerable.Range(0, w).Select(_ => 2 * Gaussian(random))];
        double[] rows = [.. Enumerable.Range(0, h).Select(_ => 1 * Gaussian(random))];
        double[] mean = [.. Enumerable.Range(0, w * h).Select(i => 50 + columns[i % w] + rows[i / w] + (3 * Gaussian(random)))];
        var image = new AveragedImage(mean, new double[w * h], 1000);

        EmvaSpatialVariance s = EmvaSpatialVariance.Of(image, w, h);

        // The realised patterns' own variances are the truth: 400 columns and 300 rows are samples.
        Assert.Equal(Variance(columns), s.Column.Value, 0.15);
        Assert.Equal(Variance(rows), s.Row.Value, 0.1);
        Assert.InRange(s.Pixel.Value, 9 * 0.98, 9 * 1.02);
        Assert.Equal(s.Column.Value + s.Row.Value + s.Pixel.Value, s.Total.Value, 0.05);
        // The stated errors are of the size the sampling gives (a column variance from 400 columns: about 7 %).
        Assert.InRange(s.Column.StdErr!.Value, 0.02 * s.Column.Value, 0.2 * s.Column.Value);
    }

    [Fact]
    public void Takes_off_the_temporal_noise_the_average_keeps()
    {
        // Pure temporal noise: L = 4 frames of variance 8 leave variance 2 in the mean image, which must all come off.
        const int w = 200, h = 150;
        var random = new Random(2);
        double[] mean = [.. Enumerable.Range(0, w * h).Select(_ => 10 + (Math.Sqrt(2) * Gaussian(random)))];
        double[] temporal = [.. Enumerable.Repeat(8.0, w * h)];
        EmvaSpatialVariance s = EmvaSpatialVariance.Of(new AveragedImage(mean, temporal, 4), w, h);

        Assert.Equal(2, s.Temporal.Value, 12);
        Assert.True(Math.Abs(s.Total.Value) < 3 * s.Total.StdErr!.Value, $"{s.Total}");
    }

    private static double Variance(double[] v)
    {
        double m = v.Average();
        return v.Sum(x => (x - m) * (x - m)) / v.Length;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
