using CamTest.Core.Statistics;
using CamTest.Core.Fitting;
using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>
/// System gain from the photon transfer curve. Shot noise makes the variance grow linearly with the signal,
/// var = signal / g + var_0, so the slope of a line through the levels is 1/g (ADU per electron) and the intercept
/// absorbs read noise, which biases the protocol's single-point gain (signal / var) low at small signals. The fit
/// uses levels up to 70 % of saturation (EMVA 1288), weighted by each variance's standard error.
/// </summary>
public static class PhotonTransferAnalysis
{
    /// <summary>EMVA 1288: fit up to 70 % of the saturation signal.</summary>
    public const double LinearRangeFraction = 0.7;

    /// <summary>A level above the fit range is still "linear" while within this many standard errors (or 3 %) of the line.</summary>
    private const double LinearToleranceSigmas = 3.0;
    private const double LinearToleranceFloor = 0.03;

    public static PhotonTransferResult Analyze(IReadOnlyList<PhotonTransferPoint> points)
    {
        PhotonTransferPoint[] ordered = [.. points.OrderBy(p => p.SignalAdu)];
        int? saturation = SaturationPoint.Find(ordered);
        bool[] inFit = SelectLinearRange(ordered, saturation);
        int fitCount = inFit.Count(f => f);
        if (fitCount < 2)
        {
            throw new InsufficientDataException(
                $"the photon transfer fit needs at least 2 unsaturated light levels below 70 % of saturation; {fitCount} found");
        }

        double[] x = [.. ordered.Where((_, i) => inFit[i]).Select(p => p.SignalAdu)];
        if (x.Distinct().Count() < 2)
        {
            throw new InsufficientDataException("the flat levels for the photon transfer fit all have the same signal; it needs at least 2 different light levels");
        }

        double[] y = [.. ordered.Where((_, i) => inFit[i]).Select(p => p.VarianceAdu2)];
        // An unknown error (NaN here) leaves the line's errors, and so the gain's, unknown (LinearRegression.FitWithErrors).
        double[] errors = [.. ordered.Where((_, i) => inFit[i]).Select(p => p.Variance.StdErr ?? double.NaN)];
        LineFit fit = LinearRegression.FitWithErrors(x, y, errors);
        if (fit.Slope <= 0)
        {
            throw new InsufficientDataException("the variance does not rise with the signal: no light reached the sensor, or the levels are mislabelled");
        }

        var levels = new PhotonTransferLevel[ordered.Length];
        for (int i = 0; i < ordered.Length; i++)
        {
            levels[i] = Level(ordered[i], fit, inFit[i], saturated: IsSaturated(ordered[i], i, saturation));
        }

        // The largest deviation with the error of the level it is at (its size, not its sign, is the figure).
        Quantity farthest = levels.Where(l => l.InFit).MaxBy(l => Math.Abs(l.Deviation.Value))!.Deviation;
        Quantity maxDeviation = farthest.Value < 0 ? -farthest : farthest;
        double noiseFloor = 100 * Quantiles.Median([.. ordered.Where((_, i) => inFit[i]).Select(p => (p.Variance.StdErr ?? double.NaN) / p.VarianceAdu2)]);
        Quantity conversion = fit.SlopeIn(Unit.AduPerElectron);
        Quantity gain = 1 / conversion;
        Quantity intercept = fit.InterceptIn(Unit.Adu2);
        return new PhotonTransferResult(
            gain, conversion, intercept, fit, levels, maxDeviation, noiseFloor, saturation, LinearLimit(ordered, fit, inFit, saturation));
    }

    private static bool[] SelectLinearRange(PhotonTransferPoint[] ordered, int? saturation)
    {
        double limit = saturation is int s ? LinearRangeFraction * ordered[s].SignalAdu : double.PositiveInfinity;
        return [.. ordered.Select((p, i) => !IsSaturated(p, i, saturation) && p.SignalAdu <= limit && p.SignalAdu > 0)];
    }

    /// <summary>Clipped, or past the saturation level; the saturation level itself is the last usable one (EMVA 1288).</summary>
    private static bool IsSaturated(PhotonTransferPoint point, int index, int? saturation) =>
        point.ClippedFraction > SaturationPoint.ClippedFractionLimit || (saturation is int s && index > s);

    /// <summary>The brightest level, walking up from the fit range, whose variance still lies on the line.</summary>
    private static int LinearLimit(PhotonTransferPoint[] ordered, LineFit fit, bool[] inFit, int? saturation)
    {
        int last = Array.LastIndexOf(inFit, true);
        for (int i = last + 1; i < ordered.Length; i++)
        {
            PhotonTransferPoint p = ordered[i];
            double expected = fit.Predict(p.SignalAdu);
            double tolerance = Math.Max(LinearToleranceSigmas * (p.Variance.StdErr ?? 0), LinearToleranceFloor * expected);
            if (p.ClippedFraction > SaturationPoint.ClippedFractionLimit || Math.Abs(p.VarianceAdu2 - expected) > tolerance
                || (saturation is int s && i > s))
            {
                break;
            }

            last = i;
        }

        return last;
    }

    private static PhotonTransferLevel Level(PhotonTransferPoint p, LineFit fit, bool inFit, bool saturated)
    {
        // The protocol's single-point gain: (mean - bias) / variance, read noise included in the variance, with the
        // signal's error and the variance's (the algebra's quotient). Shot noise makes the variance in e-^2 the count
        // in e-: one e- per e-^2 turns 1/ADU into e-/ADU. A level with no signal above the offset has none (it would
        // read 0 e-/ADU, or below): NaN, said by the caller.
        Quantity variance = p.Variance;
        Quantity gain = p.HasSignal
            ? p.Signal / variance * Quantity.Exact(1, Unit.Electron)
            : Quantity.WithUnknownError(double.NaN, Unit.ElectronsPerAdu);
        Quantity deviation = LineDeviation.Percent(variance, fit.Predict(p.SignalAdu));
        return new PhotonTransferLevel(p.ExposureMs, p.MeanAdu, p.SignalAdu, variance, gain, saturated, inFit, deviation);
    }
}
