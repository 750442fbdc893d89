using CamTest.Core.Analysis;
using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// The spatial variances of EMVA 1288 R4 for one averaged image of L frames (M rows, N columns), temporal noise taken
/// off: the total s_y^2 = var(image) - sigma_stack^2 / L; the variances of the column means and of the row means,
/// s_cav^2 and s_rav^2, each less the temporal noise their averages keep; and the split of s_y^2 into column, row and
/// pixel parts. With a column pattern c, a row pattern r and a pixel pattern p, E[s_cav^2] = s_c^2 + s_p^2 / M,
/// E[s_rav^2] = s_r^2 + s_p^2 / N and E[s_y^2] = s_c^2 + s_r^2 + s_p^2; solved:
/// s_p^2 = MN / (MN - M - N) (s_y^2 - s_cav^2 - s_rav^2), s_c^2 = s_cav^2 - s_p^2 / M, s_r^2 = s_rav^2 - s_p^2 / N.
/// </summary>
/// <param name="Mean">Mean of the averaged image, ADU.</param>
/// <param name="Temporal">sigma_stack^2 / L, the temporal variance left in each averaged pixel, ADU^2.</param>
public sealed record EmvaSpatialVariance(
    Quantity Mean,
    Quantity Total,
    Quantity Column,
    Quantity Row,
    Quantity Pixel,
    Quantity Temporal,
    int Frames)
{
    /// <summary>
    /// Errors: each measured variance's sampling error from its own fourth moment, sqrt((m4 - m2^2) / n); the split
    /// combines them as if independent, which overstates the pixel part's error a little (s_y^2 and s_cav^2 share the
    /// column pattern) and never understates it.
    /// </summary>
    public static EmvaSpatialVariance Of(AveragedImage image, int width, int height)
    {
        int m = height, n = width, l = image.Frames;
        double[] mean = image.Mean;
        (double mu, double pixelVar, double pixelVarError) = Spread(mean);
        double[] temporal = image.TemporalVariance;
        (double stack, double stackSpread, _) = Spread(temporal);
        var temporalLeft = new Quantity(stack / l, Unit.Adu2, Math.Sqrt(stackSpread / temporal.Length) / l);

        double[] columns = new double[n], rows = new double[m];
        for (int y = 0; y < m; y++)
        {
            double rowSum = 0;
            for (int x = 0; x < n; x++)
            {
                double v = mean[(y * n) + x];
                rowSum += v;
                columns[x] += v;
            }

            rows[y] = rowSum / n;
        }

        for (int x = 0; x < n; x++)
        {
            columns[x] /= m;
        }

        // Population variances of the column and row means, as the standard writes them (1/N, 1/M).
        (_, double cav, double cavError) = Spread(columns, population: true);
        (_, double rav, double ravError) = Spread(rows, population: true);
        Quantity total = new Quantity(pixelVar, Unit.Adu2, pixelVarError) - temporalLeft;
        Quantity columnAverage = new Quantity(cav, Unit.Adu2, cavError) - (temporalLeft / m);
        Quantity rowAverage = new Quantity(rav, Unit.Adu2, ravError) - (temporalLeft / n);

        double mn = (double)m * n, d = mn - m - n;
        Quantity pixel = (total - columnAverage - rowAverage) * (mn / d);
        Quantity column = columnAverage - (pixel / m);
        Quantity row = rowAverage - (pixel / n);
        return new EmvaSpatialVariance(
            new Quantity(mu, Unit.Adu, Math.Sqrt(pixelVar / mean.Length)), total, column, row, pixel, temporalLeft, l);
    }

    /// <summary>Mean, variance (sample, or population), and the variance's standard error from the fourth moment.</summary>
    internal static EmvaSpread Spread(double[] values, bool population = false)
    {
        double mean = values.Average();
        double m2 = 0, m4 = 0;
        foreach (double v in values)
        {
            double d = (v - mean) * (v - mean);
            m2 += d;
            m4 += d * d;
        }

        int count = values.Length;
        double variance = m2 / (population ? count : count - 1);
        double error = Math.Sqrt(Math.Max((m4 / count) - ((m2 / count) * (m2 / count)), 0) / count);
        return new(mean, variance, error);
    }
}
