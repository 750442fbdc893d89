using CamTest.Core.Fitting;
using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>
/// EMVA 1288's system gain K (DN/e-): the slope, through the origin, of the dark-subtracted variance against the
/// dark-subtracted mean, over the levels from the first up to the last one at or below 70 % of the saturation signal.
/// This is the standard's definition, kept separate from the protocol's free-intercept fit so each matches its source.
/// </summary>
public static class EmvaSystemGain
{
    /// <param name="points">Levels ordered as measured (by exposure); offsets are the dark pair at the same exposure.</param>
    public static (Quantity K, int SaturationIndex, int LastFitIndex) Fit(IReadOnlyList<PhotonTransferPoint> points)
    {
        int saturation = SaturationPoint.IndexOfMaximumVariance(points);
        double limit = PhotonTransferAnalysis.LinearRangeFraction * points[saturation].SignalAdu;
        int last = -1;
        for (int i = 0; i < points.Count; i++)
        {
            if (points[i].SignalAdu <= limit)
            {
                last = i;
            }
        }

        if (last < 0)
        {
            throw new InsufficientDataException("no bright level lies below 70 % of saturation");
        }

        double[] x = [.. points.Take(last + 1).Select(p => p.SignalAdu)];
        double[] y = [.. points.Take(last + 1).Select(p => p.SignalVarianceAdu2)];
        LineFit fit = LinearRegression.FitThroughOrigin(x, y);
        return (new Quantity(fit.Slope, Unit.AduPerElectron, fit.SlopeStdErr), saturation, last);
    }
}
