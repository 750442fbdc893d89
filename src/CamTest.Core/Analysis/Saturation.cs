using CamTest.Core.Fitting;
using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>
/// Saturation figures in electrons. The linear full well is, as the protocol defines it, the signal up to which the
/// response to light stays linear: the brightest level whose mean signal is within 1 % of the line through the
/// photon transfer fit's levels against exposure, placed between that level and the first one off the line where the
/// deviation crosses 1 %. (The variance bends earlier: at the onset of the bend half the
/// pixels are already in it.) Without exposures, the brightest level still on the photon transfer line stands in.
/// Also the EMVA saturation capacity (the R4 saturation level of <see cref="SaturationPoint"/>), which bounds the linear
/// full well from above, and the ADC's top code above the bias; when a clipped level's top code is the ADC's last
/// code, the ADC limits before the pixel fills.
/// <para>
/// Every figure is a signal in ADU times the gain through the algebra, so it carries the signal's error (the level's
/// mean and offset, <see cref="PhotonTransferPoint.Signal"/>; for the ADC limit the bias's) as well as the gain's; an
/// unknown offset error leaves the figure's error unknown.
/// </para>
/// </summary>
public static class Saturation
{
    /// <summary>A level is on the response line while within this fraction of it (the protocol's 1 %).</summary>
    public const double ResponseTolerance = 0.01;

    /// <param name="bias">The bias level (ADU, with its error) the ADC's top code is counted from.</param>
    /// <param name="integerData">False for float pixels, which have no ADC top code.</param>
    public static SaturationResult Analyze(
        PhotonTransferResult ptc, IReadOnlyList<PhotonTransferPoint> orderedPoints, Quantity bias, int bitDepth, double? clippedTopCode, bool integerData = true)
    {
        Quantity g = ptc.SystemGain;
        double adcTop = integerData ? Math.Pow(2, bitDepth) - 1 : double.PositiveInfinity;
        Quantity Electrons(Quantity adu) => adu * g;

        ResponseLimit? response = ResponseLinearLimit(ptc, orderedPoints);
        int linearIndex = response?.Index ?? ptc.LinearLimitIndex;
        Quantity? capacity = ptc.SaturationIndex is int s ? Electrons(orderedPoints[s].Signal) : null;
        // The top code is exact; the bias below it is measured.
        Quantity? adc = integerData ? Electrons(Quantity.Exact(adcTop, Unit.Adu) - bias) : null;
        SaturationLimit limitedBy = ptc.SaturationIndex is null
            ? SaturationLimit.NotReached
            : clippedTopCode is double top && top >= adcTop ? SaturationLimit.Adc : SaturationLimit.FullWell;

        // Measured from the response whatever limits it, so the stated bit depth (which only says whether the clipping
        // is the ADC's) cannot move it: with the ADC clipping first, the mean leaves the line as the brightest pixels
        // reach the top code, below the ADC limit. Beyond the saturation point no signal is usable, so the linear full
        // well is at most the saturation capacity (a 1 % crossing past the variance maximum is cut back to it).
        // Not reached: the brightest level only bounds the linear full well from below, so no figure is given.
        Quantity crossing = response is { CrossingAdu: double c, StepAdu: double step } ? Bracketed(c, step) : Electrons(orderedPoints[linearIndex].Signal);
        Quantity? linear = capacity is null ? null : crossing.Value > capacity.Value ? capacity : crossing;
        return new SaturationResult(linear, capacity, adc, limitedBy);

        // The 1 % crossing lies between two measured levels: its error is the gain's and, at least as large in practice,
        // the gap between the levels (taken as uniform: step / sqrt 12), not the gain's alone.
        Quantity Bracketed(double crossingAdu, double stepAdu) => new Quantity(crossingAdu, Unit.Adu, stepAdu / Math.Sqrt(12)) * g;
    }

    /// <summary>
    /// The brightest level on the signal-against-exposure line, and, when a brighter level has left it, where the
    /// deviation crosses 1 % between the two (linear interpolation of the deviation) and the signal step between them.
    /// Null without usable exposures.
    /// </summary>
    private static ResponseLimit? ResponseLinearLimit(PhotonTransferResult ptc, IReadOnlyList<PhotonTransferPoint> points)
    {
        if (points.Any(p => !double.IsFinite(p.ExposureMs)))
        {
            return null;
        }

        double[] x = [.. points.Where((_, i) => ptc.Levels[i].InFit).Select(p => p.ExposureMs)];
        double[] y = [.. points.Where((_, i) => ptc.Levels[i].InFit).Select(p => p.SignalAdu)];
        if (x.Distinct().Count() < 2)
        {
            return null;
        }

        LineFit response = LinearRegression.Fit(x, y);
        double Deviation(PhotonTransferPoint p) => Math.Abs(p.SignalAdu - response.Predict(p.ExposureMs)) / Math.Abs(response.Predict(p.ExposureMs));
        int last = -1, firstOff = -1;
        for (int i = 0; i < points.Count; i++)
        {
            PhotonTransferPoint p = points[i];
            bool onLine = Deviation(p) <= ResponseTolerance && p.ClippedFraction <= SaturationPoint.ClippedFractionLimit;
            if (!onLine && !ptc.Levels[i].InFit)
            {
                firstOff = i;
                break;
            }

            last = onLine ? i : last;
        }

        if (last < 0)
        {
            return null;
        }

        if (firstOff < 0)
        {
            return new ResponseLimit(last, null, null);
        }

        // Clipped but still on the line in the mean: no deviation to interpolate, the middle of the gap stands in.
        double d0 = Deviation(points[last]), d1 = Deviation(points[firstOff]);
        double t = d1 > ResponseTolerance ? Math.Clamp((ResponseTolerance - d0) / (d1 - d0), 0, 1) : 0.5;
        double step = points[firstOff].SignalAdu - points[last].SignalAdu;
        return new ResponseLimit(last, points[last].SignalAdu + (t * step), step);
    }

    /// <summary>The brightest level on the response line, and where (with the signal step to the next level) the
    /// deviation crosses 1 % when a brighter level has left it.</summary>
    private readonly record struct ResponseLimit(int Index, double? CrossingAdu, double? StepAdu);
}
