using System.Text;
using CamTest.Core.Emva;
using CamTest.Core.Results;
using static CamTest.Reporting.Html.Html;

namespace CamTest.Reporting.Emva;

/// <summary>How the figures were made: the measurement points, and the choices where the standard leaves room.</summary>
internal static class EmvaMethodSection
{
    public static void Write(StringBuilder h, EmvaSection emva)
    {
        h.Append($"<h2>Measurement points</h2><table><tr><th>#</th>{Column(EmvaFigures.PointExposure, Unit.Millisecond)}{Column(EmvaFigures.PointPhotons)}"
            + $"{Column(EmvaFigures.PointPairs)}{Column(EmvaFigures.PointSignal)}{Column(EmvaFigures.PointSignalVariance)}{Column(EmvaFigures.PointSnr)}<th></th><th>from</th></tr>");
        double toMs = EmvaFigures.PointExposure.Unit.ConversionFactorTo(Unit.Millisecond);
        int i = 0;
        foreach (EmvaPointRow p in emva.Points)
        {
            string role = p.BeyondSaturation ? "beyond saturation" : p.InGainFit ? "K fit" : p.InLinearityFit ? "linearity fit" : string.Empty;
            h.Append($"<tr><td class=\"num\">{++i}</td><td class=\"num\">{Number(p.ExposureS * toMs)}</td><td class=\"num\">{(p.PhotonsPerPixel is double ph ? Number(ph) : "—")}</td>"
                + $"<td class=\"num\">{p.Pairs}</td><td class=\"num\">{Estimate(p.Signal)}</td>"
                + $"<td class=\"num\">{Estimate(p.SignalVariance)}</td><td class=\"num\">{(p.Snr is { } s ? Number(s.Value, "F1") : "—")}</td>"
                + $"<td>{Encode(role)}{(p.DarkInterpolated ? " (dark interpolated)" : string.Empty)}</td><td class=\"note\">{Encode(p.Origin)}</td></tr>");
        }

        h.Append("</table>");
        h.Append("<h2>Method</h2><ul class=\"note\">"
            + "<li>Temporal variance of each pair by Release 4: Σ(A − B)²/2N − (μ_A − μ_B)²/2, exact integer sums; repeated points merge their pairs.</li>"
            + "<li>Saturation: the maximum of the temporal variance, or the last point before 0.1 % of pixel values reach the top code, whichever comes first.</li>"
            + "<li>K and R: straight lines through the origin over the points up to 70 % of the saturation signal; η = R/K. Errors from the fits' residual scatter.</li>"
            + "<li>σ_y.dark: the dark variance extrapolated to zero exposure (three or more dark exposures), else at the shortest; below 0.24 DN² it is quantisation-limited.</li>"
            + "<li>Sensitivity threshold (Release 4): μ_e.min = √(σ²_y.dark/K² + 1/4) + 1/2, μ_p.min = μ_e.min/η.</li>"
            + "<li>Linearity: a line fitted over 5–95 % of saturation with each point weighted by its relative deviation; LE = (LE_max − LE_min)/2.</li>"
            + "<li>DSNU and PRNU: spatial variance of the averaged images less the temporal noise they keep (frame-to-frame shifts of the whole image removed from it), "
            + "split into column, row and pixel parts; the highpassed figures use the Release 4 filter (7 × 7 box, 11 × 11 box, 3 × 3 binomial) and are divided by the "
            + $"{Number(EmvaHighPass.WhiteVarianceKept, "F4")} of a white pattern's variance it keeps.</li>"
            + "</ul>");
    }
}
