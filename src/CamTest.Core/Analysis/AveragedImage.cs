using CamTest.Core.Statistics;

namespace CamTest.Core.Analysis;

/// <summary>
/// A stack reduced to its per-pixel mean, with each pixel's single-frame temporal variance: averaging
/// <see cref="Frames"/> frames leaves <c>TemporalVariance[i] / Frames</c> of temporal noise in <c>Mean[i]</c>, which a
/// spatial (fixed-pattern) estimate must take off.
/// </summary>
/// <param name="Mean">Per-pixel mean over the frames, ADU (row-major).</param>
/// <param name="TemporalVariance">Per-pixel temporal variance of one frame, ADU^2 (sample variance over the frames,
/// with any uniform frame-to-frame shift of the whole image removed).</param>
/// <param name="Frames">Frames averaged.</param>
public sealed record AveragedImage(double[] Mean, double[] TemporalVariance, int Frames)
{
    /// <summary>Temporal variance left in pixel <paramref name="i"/>'s mean, ADU^2.</summary>
    public double ResidualTemporalVariance(int i) => TemporalVariance[i] / Frames;

    /// <summary>The averaged image of a stack's per-pixel sums (see <see cref="From(PixelMaps, IReadOnlyList{double})"/>).</summary>
    public static AveragedImage From(PixelAccumulator perPixel, IReadOnlyList<double> frameMeans) =>
        TakingOver(perPixel.MeanMap(), perPixel.VarianceMap(), perPixel.FrameCount, frameMeans);

    /// <summary>
    /// The averaged image of a stack's per-pixel maps, which it takes over: the variance map is changed in place (a
    /// frame's worth of doubles not allocated again), so the maps must not be read as the stack's afterwards.
    /// </summary>
    public static AveragedImage From(PixelMaps maps, IReadOnlyList<double> frameMeans) =>
        TakingOver(maps.Mean, maps.Variance, maps.FrameCount, frameMeans);

    /// <summary>
    /// A shift of the whole frame from one frame to the next (light flicker, bias drift) is in every pixel's variance,
    /// yet adds only a constant to the mean image and so no spatial variance: the sample variance of the frame means
    /// (which is that shift, plus a negligible var/N) is taken off, in place.
    /// </summary>
    private static AveragedImage TakingOver(double[] mean, double[] variance, long frames, IReadOnlyList<double> frameMeans)
    {
        if (frames < 2)
        {
            throw new InsufficientDataException("an averaged image needs at least 2 frames to know the temporal noise left in it");
        }

        double shift = SampleSpread.StandardDeviation([.. frameMeans]);
        double shiftVariance = double.IsNaN(shift) ? 0 : shift * shift;
        for (int i = 0; i < variance.Length; i++)
        {
            variance[i] = Math.Max(variance[i] - shiftVariance, 0);
        }

        return new AveragedImage(mean, variance, (int)frames);
    }
}
