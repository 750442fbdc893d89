using CamTest.Core.Results;

namespace CamTest.Core.Fitting;

/// <summary>
/// A measured point's deviation from a fitted line in % of the line, 100 (y - line) / line: the one rule of the
/// photon transfer linearity (gain.linearity) and of EMVA 1288's linearity error.
/// </summary>
public static class LineDeviation
{
    /// <summary>
    /// The deviation with its error through the algebra, the line taken as exact at the point: d = 100 s(y) / |line|,
    /// an unknown error staying unknown. Why the line's own error is left out: the line is fitted to this point among
    /// others, so its error there is smaller than the point's and correlated with it (a weighted fit's residual has
    /// variance s^2 (1 - h), h the point's leverage, below s^2); the point's error alone is the first-order error of
    /// the deviation, on the safe side.
    /// </summary>
    public static Quantity Percent(Quantity measured, double fitted)
    {
        // 100 (y - line) / line in this order, the photon transfer deviations' since they were first written, so
        // results.json keeps their last digits; the quotient is a pure number scaled by 1/100, written in %.
        Quantity line = Quantity.Exact(fitted, measured.Unit);
        return (Quantity.Exact(100, Unit.Percent) * (measured - line) / line).In(Unit.Percent);
    }
}
