using CamTest.Core.Fitting;
using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>
/// Saturation figures in electrons. The linear full well is, as the protocol defines it, the signal up to which the
/// response to light stays linear: the brightest level whose mean signal is within 1 % of the line through the
/// photon transfer fit's levels against exposure. (The variance bends earlier: at the onset of the bend half the
/// pixels are already in it.) Without exposures, the brightest level still on the photon transfer line stands in.
/// Also the EMVA saturation capacity (level of maximum variance) and the ADC's top code above the bias; when a
/// clipped level's top code is the ADC's last code, the ADC limits before the pixel fills.
/// </summary>
public static class Saturation
{
    /// <summary>A level is on the response line while within this fraction of it (the protocol's 1 %).</summary>
    public const double ResponseTolerance = 0.01;

    /// <param name="integerData">False for float pixels, which have no ADC top code.</param>
    public static SaturationSection Analyze(
        PhotonTransferResult ptc, IReadOnlyList<PhotonTransferPoint> orderedPoints, double biasAdu, int bitDepth, double? clippedTopCode, bool integerData = true)
    {
        Quantity g = ptc.SystemGain;
        double adcTop = integerData ? Math.Pow(2, bitDepth) - 1 : double.PositiveInfinity;
        Quantity Electrons(double adu) => new(adu * g.Value, "e-", g.RelativeStdErr is double r ? Math.Abs(adu * g.Value) * r : null);

        int linearIndex = ResponseLinearLimit(ptc, orderedPoints) ?? ptc.LinearLimitIndex;
        Quantity? capacity = ptc.SaturationIndex is int s ? Electrons(orderedPoints[s].SignalAdu) : null;
        Quantity? adc = integerData ? Electrons(adcTop - biasAdu) : null;
        string limitedBy = ptc.SaturationIndex is null
            ? "not reached"
            : clippedTopCode is double top && top >= adcTop ? "adc" : "full well";

        // When the ADC clips first the response is linear right up to its top code, and the last level measured
        // below it only bounds that from beneath (by up to one exposure step): the ADC limit is the figure.
        // Not reached: the brightest level only bounds the linear full well from below, so no figure is given.
        Quantity? linear = limitedBy switch
        {
            "adc" => adc,
            "not reached" => null,
            _ => Electrons(orderedPoints[linearIndex].SignalAdu),
        };
        return new SaturationSection(linear, capacity, adc, limitedBy);
    }

    /// <summary>Index of the brightest level on the signal-against-exposure line, or null without usable exposures.</summary>
    private static int? ResponseLinearLimit(PhotonTransferResult ptc, IReadOnlyList<PhotonTransferPoint> points)
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
        int last = -1;
        for (int i = 0; i < points.Count; i++)
        {
            PhotonTransferPoint p = points[i];
            double expected = response.Predict(p.ExposureMs);
            bool onLine = Math.Abs(p.SignalAdu - expected) <= ResponseTolerance * Math.Abs(expected)
                && p.ClippedFraction <= SaturationPoint.ClippedFractionLimit;
            if (!onLine && !ptc.Levels[i].InFit)
            {
                break;
            }

            last = onLine ? i : last;
        }

        return last >= 0 ? last : null;
    }
}
