using CamTest.Core.Fitting;
using System.Text;
using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.Reporting.Plots;
using static CamTest.Reporting.Html.Html;

namespace CamTest.Reporting.Html.Sections;

/// <summary>Dark current: the rate from the mean and from the noise, the dark mean against exposure with its fit.</summary>
internal static class DarkCurrentView
{
    public static void Write(StringBuilder h, DarkCurrentSection? d)
    {
        if (d is null)
        {
            return;
        }

        ReportFigure.Open(h, "dark-current", "Dark current");
        h.Append(d.Rate is null
            ? $"<p>{Figure(DarkCurrentFigures.RateAdu, d.RateAdu)} from the growth of the dark mean with exposure; {Figure(DarkCurrentFigures.RateFromNoiseAdu2, d.RateFromNoiseAdu2)} of dark shot variance. "
                + "Without a gain (which needs flats) these stay in ADU.</p>"
            : $"<p>{Figure(DarkCurrentFigures.Rate, d.Rate)} from the growth of the dark mean with exposure; {Figure(DarkCurrentFigures.RateFromNoise, d.RateFromNoise)} from the dark shot noise "
                + "(total variance minus read variance, in quadrature).</p>");
        DarkCurrentPoint[] levels = [.. d.Points.OrderBy(l => l.ExposureS)];
        if (levels.Length >= 2)
        {
            // The line has the analysis's slope and passes through the points' centre, where the analysis's ordinary
            // least-squares line does (a dark mean's own error is too noisy to weight by; DarkCurrent says why).
            double xm = levels.Average(l => l.ExposureS), ym = levels.Average(l => l.MeanAdu);
            double slope = d.RateAdu.Value, x0 = levels[0].ExposureS, x1 = levels[^1].ExposureS;
            ReportFigure.Write(h, new SvgChart("Dark signal against exposure", "exposure (s)", "dark mean (ADU)")
                .Points("dark mean", levels.Select(l => (l.ExposureS, l.MeanAdu, (double?)l.MeanStdErr)))
                .Line($"fit: {QuantityText.Of(d.RateAdu)}", [(x0, ym + (slope * (x0 - xm))), (x1, ym + (slope * (x1 - xm)))], "#c0392b", dashed: true)
                .Render(),
                "Dark mean at each exposure with its error and the fitted straight line; its slope is the dark current. A cooled scientific camera's line is nearly flat (well under 1 e-/pixel/s); curvature means a warming sensor or glow.");
        }

        if (levels.Length >= 2 && d.RateFromNoiseAdu2 is { } varianceRate)
        {
            // The line has the analysis's slope and passes through the points' weighted centre, where its weighted fit
            // does: the weights of the one weighted least-squares entry (same floor policy).
            double[] w = LinearRegression.InverseVarianceWeights([.. levels.Select(l => l.VarianceStdErr)]) ?? [.. levels.Select(_ => 1.0)];
            double xm = levels.Select((l, i) => w[i] * l.ExposureS).Sum() / w.Sum(), ym = levels.Select((l, i) => w[i] * l.VarianceAdu2).Sum() / w.Sum();
            double slope = varianceRate.Value, x0 = levels[0].ExposureS, x1 = levels[^1].ExposureS;
            ReportFigure.Write(h, new SvgChart("Dark variance against exposure", "exposure (s)", "dark temporal variance (ADU²)")
                .Points("dark variance", levels.Select(l => (l.ExposureS, l.VarianceAdu2, (double?)l.VarianceStdErr)))
                .Line($"fit: {QuantityText.Of(varianceRate)}", [(x0, ym + (slope * (x0 - xm))), (x1, ym + (slope * (x1 - xm)))], "#c0392b", dashed: true)
                .Render(),
                "The protocol's noise method: the temporal variance of the darks grows by the dark shot noise. A healthy camera's points rise on a straight line from the read-noise variance, and its slope agrees with the mean method.");
        }

        h.Append("<table><tr><th>exposure s</th><th>mean ADU</th><th>variance ADU²</th></tr>");
        foreach (DarkCurrentPoint l in levels)
        {
            h.Append($"<tr><td class=\"num\">{Number(l.ExposureS)}</td><td class=\"num\">{Estimate(l.MeanAdu, l.MeanStdErr)}</td><td class=\"num\">{Estimate(l.VarianceAdu2, l.VarianceStdErr)}</td></tr>");
        }

        h.Append("</table>");
        ReportFigure.Close(h);
    }
}
