using CamTest.Core.Fitting;
using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// Dark current by EMVA 1288, from the dark points at three or more exposures: the slope of the dark mean against
/// exposure over K (e-/s), and the slope of the dark variance against exposure over K^2 (dark electrons are Poisson,
/// so their variance in e-^2 equals their number). Unweighted lines as the standard draws them, errors from the scatter.
/// </summary>
/// <param name="FromMeanAdu">The dark mean's slope, ADU/s.</param>
/// <param name="FromMean">Dark current from the mean, e-/s.</param>
/// <param name="FromVariance">Dark current from the variance, e-/s.</param>
public sealed record EmvaDarkCurrent(Quantity FromMeanAdu, Quantity FromMean, Quantity FromVariance, LineFit MeanLine, LineFit VarianceLine)
{
    public const int LeastExposures = 3;

    /// <summary>Null when fewer than <see cref="LeastExposures"/> distinct dark exposures were taken.</summary>
    public static EmvaDarkCurrent? From(IReadOnlyList<EmvaLevel> darks, Quantity k)
    {
        if (darks.Select(d => d.ExposureS).Distinct().Count() < LeastExposures)
        {
            return null;
        }

        double[] t = [.. darks.Select(d => d.ExposureS)];
        LineFit mean = LinearRegression.Fit(t, [.. darks.Select(d => d.Mean.Value)]);
        LineFit variance = LinearRegression.Fit(t, [.. darks.Select(d => d.Variance.Value)]);
        Quantity meanSlope = mean.SlopeIn(Unit.Adu / Unit.Second);
        Quantity varianceSlope = variance.SlopeIn(Unit.Adu2 / Unit.Second);
        // A Poisson count's variance in e-^2 is its number in e-: one electron^2 of variance is one electron.
        Quantity perElectron = Quantity.Exact(1, Unit.One / Unit.Electron);
        return new EmvaDarkCurrent(meanSlope, meanSlope / k, varianceSlope / (k * k) * perElectron, mean, variance);
    }
}
