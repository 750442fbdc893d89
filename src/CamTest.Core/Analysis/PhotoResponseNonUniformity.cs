using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>
/// Photo-response non-uniformity from one averaged flat level, as EMVA 1288 defines it: the spatial variance of the
/// offset-subtracted mean image, less the temporal variance the average still holds (sigma^2 / L for L frames, plus
/// what the offset map holds), divided by the mean signal, in percent.
/// Two figures come out. The total is EMVA 1288 R3's PRNU: everything that varies across the image, so a microscope
/// flat's vignetting and uneven light count as non-uniformity. The pixel-to-pixel figure first high-pass filters
/// the image as EMVA 1288 4.0 does (each pixel less the mean of its 5 x 5 box), which leaves smooth shading out
/// entirely (a quadratic fall-off becomes a constant) while keeping 24/25 of a white pixel pattern's variance, and
/// normalises each tile by its own mean, so that darker corners count by their own signal.
/// Hot (masked) pixels and pixels whose frames may have reached the clip level are left out; a high-pass pixel is
/// kept only when its whole 5 x 5 box is usable.
/// </summary>
public static class PhotoResponseNonUniformity
{
    /// <summary>Side of the high-pass box (EMVA 1288 4.0).</summary>
    public const int BoxSide = 5;

    /// <summary>A pixel whose mean lies this many temporal sigmas below the clip level may have been clipped in some frame.</summary>
    public const double ClipMarginSigmas = 4;

    /// <summary>
    /// Fraction of a white pattern's variance the high-pass keeps: the pixel enters its own box mean, so
    /// var(x - box) = sigma^2 ((1 - 1/25)^2 + 24/25^2) = sigma^2 x 24/25.
    /// </summary>
    public const double WhiteVarianceKept = 24.0 / 25;

    /// <param name="clipAdu">Raw code at which the pixels clip (the ADC's top code).</param>
    /// <param name="mask">True for pixels to leave out (hot pixels), or null.</param>
    public static PrnuResult Analyze(AveragedImage flat, int width, int height, FlatOffset offset, double clipAdu, bool[]? mask = null)
    {
        int n = width * height;
        if (flat.Mean.Length != n || flat.TemporalVariance.Length != n || (offset.Map is { } map && map.Length != n))
        {
            throw new ArgumentException($"the maps do not hold {width} x {height} pixels");
        }

        bool[] usable = UsablePixels(flat, clipAdu, mask);
        // The signal is worked out where it is read, never kept as a frame of doubles: a fresh 32 MiB array on a
        // 2048 x 2048 sensor cost 8192 page faults, more than the arithmetic it saved.
        (Quantity? total, double mean, long used) = Total(flat, offset, usable);
        PrnuTiles tiles = PrnuTiles.HighPass(flat, offset, usable, width, height, WhiteVarianceKept);
        return new PrnuResult(tiles.PixelToPixel(), total, mean, flat.Frames, used, tiles.Count);
    }

    /// <summary>Pixel <paramref name="i"/>'s mean less its offset, ADU: the signal whose spread is the PRNU.</summary>
    internal static double Signal(AveragedImage flat, FlatOffset offset, int i) => flat.Mean[i] - offset.At(i);

    /// <summary>Pixels neither masked nor within <see cref="ClipMarginSigmas"/> temporal sigmas of the clip level.</summary>
    private static bool[] UsablePixels(AveragedImage flat, double clipAdu, bool[]? mask)
    {
        int n = flat.Mean.Length;
        double sum = 0;
        long count = 0;
        for (int i = 0; i < n; i++)
        {
            if (mask?[i] != true && double.IsFinite(flat.TemporalVariance[i]))
            {
                sum += flat.TemporalVariance[i];
                count++;
            }
        }

        double clipBelow = clipAdu - (ClipMarginSigmas * Math.Sqrt(count == 0 ? 0 : sum / count));
        var usable = new bool[n];
        for (int i = 0; i < n; i++)
        {
            usable[i] = mask?[i] != true && double.IsFinite(flat.Mean[i]) && double.IsFinite(flat.TemporalVariance[i]) && flat.Mean[i] < clipBelow;
        }

        return usable;
    }

    /// <summary>
    /// EMVA 1288 R3's PRNU over every usable pixel. Its standard error is that of a sample variance,
    /// sqrt((m4 - m2^2) / n) from the pixels' own fourth moment (so a skewed or shaded distribution gets its due),
    /// with the error of the subtracted temporal part; the shading itself is a fixed property of this flat, not noise.
    /// </summary>
    private static TotalPrnu Total(AveragedImage flat, FlatOffset offset, bool[] usable)
    {
        long used = 0;
        double sum = 0, sumR = 0, sumR2 = 0;
        for (int i = 0; i < usable.Length; i++)
        {
            if (usable[i])
            {
                double r = flat.ResidualTemporalVariance(i) + offset.ResidualTemporalVariance;
                used++;
                sum += Signal(flat, offset, i);
                sumR += r;
                sumR2 += r * r;
            }
        }

        if (used < 2)
        {
            throw new InsufficientDataException($"PRNU needs usable pixels; {used} of {usable.Length} are neither hot nor near the clip level");
        }

        double mean = sum / used;
        double m2 = 0, m4 = 0;
        for (int i = 0; i < usable.Length; i++)
        {
            if (usable[i])
            {
                double signal = Signal(flat, offset, i);
                double d = (signal - mean) * (signal - mean);
                m2 += d;
                m4 += d * d;
            }
        }

        double spatial = m2 / (used - 1);
        double varianceOfSpatial = Math.Max((m4 / used) - ((m2 / used) * (m2 / used)), 0) / used;
        double residual = sumR / used;
        double varianceOfResidual = Math.Max((sumR2 / used) - (residual * residual), 0) / used;
        return new(Percent(spatial - residual, mean, Math.Sqrt(varianceOfSpatial + varianceOfResidual)), mean, used);
    }

    /// <summary>100 sqrt(v) / mean with the error carried through the square root; null when below resolution.</summary>
    internal static Quantity? Percent(double variance, double mean, double varianceStdErr)
    {
        if (variance <= 0 || mean <= 0)
        {
            return null;
        }

        // The mean is taken as exact (its error is far below the spread's); the variance's error goes through the root.
        var spread = new Quantity(variance, Unit.One, double.IsFinite(varianceStdErr) ? varianceStdErr : null);
        return (spread.Sqrt() / mean).In(Unit.Percent);
    }

    /// <summary>The total PRNU, %, with the mean signal and the pixels it was measured over.</summary>
    private readonly record struct TotalPrnu(Quantity? Total, double Mean, long Used);
}
