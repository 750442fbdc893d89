using CamTest.Core.Analysis;
using CamTest.Core.Fitting;
using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// The overall system gain K (DN/e-) of EMVA 1288: the slope, through the origin, of the photon transfer curve
/// sigma_y^2 - sigma_y.dark^2 against mu_y - mu_y.dark over the points up to 70 % of the saturation signal, the
/// linear part of the response (so a response that bends near saturation does not bend K). Unweighted, as the standard
/// writes it; the error comes from the residual scatter, so a curve that does not fit gets a wide error.
/// </summary>
public static class EmvaSystemGainFit
{
    /// <summary>The top of the K and R fit range as a fraction of the saturation signal.</summary>
    public const double UpperFraction = 0.7;

    public static EmvaSystemGain Fit(IReadOnlyList<EmvaPoint> points, SaturationPoint.Found saturation)
    {
        EmvaPointRange range = EmvaFitRangeRule.Of(points, saturation, double.NegativeInfinity, UpperFraction)
            ?? throw new Analysis.InsufficientDataException("no bright point lies below 70 % of the saturation signal; K needs the linear part of the photon transfer curve");
        double[] signal = [.. Take(points, range).Select(p => p.Signal.Value)];
        double[] variance = [.. Take(points, range).Select(p => p.SignalVariance.Value)];
        LineFit line = LinearRegression.FitThroughOrigin(signal, variance);
        return new(line.SlopeIn(Unit.AduPerElectron), range);
    }

    internal static IEnumerable<EmvaPoint> Take(IReadOnlyList<EmvaPoint> points, EmvaPointRange range) =>
        points.Skip(range.First).Take(range.Count);
}
