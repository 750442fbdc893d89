using CamTest.Core.Analysis;
using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// The spatial variance of an averaged image after the R4 highpass (<see cref="EmvaHighPass"/>), temporal noise taken
/// off, expressed as the variance of the white (pixel-to-pixel) pattern that would leave it: the highpass keeps a
/// fraction g of a white pattern's variance and of the white temporal noise alike, so
/// s_hp^2 = (var(highpassed) - g sigma_stack^2 / L) / g. Shading, vignetting and a light source's gradients drop out.
/// </summary>
public static class EmvaHighPassVariance
{
    /// <summary>Null when the image is too small for the filter (under 19 pixels on a side).</summary>
    public static Quantity? Of(AveragedImage image, int width, int height, Quantity temporalLeft)
    {
        (double[] filtered, _, _) = EmvaHighPass.Filter(image.Mean, width, height);
        if (filtered.Length < 2)
        {
            return null;
        }

        (_, double variance, double error) = EmvaSpatialVariance.Spread(filtered);
        double g = EmvaHighPass.WhiteVarianceKept;
        return (new Quantity(variance, Unit.Adu2, error) - (temporalLeft * g)) / g;
    }
}
