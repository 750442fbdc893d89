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
        // The fitted lines are the analysis's own (results.json darkCurrent.meanFit, .noiseFit), drawn from zero exposure
        // (with one dark exposure the bias is the line's other point) to the longest.
        if (levels.Length >= 1 && d.MeanFit is { } meanFit)
        {
            double x1 = levels[^1].ExposureS;
            ReportFigure.Write(h, new SvgChart("Dark signal against exposure", FigureAxis.Title(DarkCurrentFigures.PointExposure), FigureAxis.Title(DarkCurrentFigures.PointMean))
                .Points("dark mean", levels.Select(l => (l.ExposureS, l.Mean.Value, l.Mean.StdErr)))
                .Line($"fit: {QuantityText.Of(d.RateAdu)}", [(0, meanFit.At(0)), (x1, meanFit.At(x1))], "#c0392b", dashed: true)
                .Render(),
                "Dark mean at each exposure with its error and the fitted straight line; its slope is the dark current. A cooled scientific camera's line is nearly flat (well under 1 e-/pixel/s); curvature means a warming sensor or glow.");
        }

        if (levels.Length >= 2 && d.RateFromNoiseAdu2 is { } varianceRate && d.NoiseFit is { } noiseFit)
        {
            double x1 = levels[^1].ExposureS;
            ReportFigure.Write(h, new SvgChart("Dark variance against exposure", FigureAxis.Title(DarkCurrentFigures.PointExposure), FigureAxis.Title(DarkCurrentFigures.PointVariance))
                .Points("dark variance", levels.Select(l => (l.ExposureS, l.Variance.Value, l.Variance.StdErr)))
                .Line($"fit: {QuantityText.Of(varianceRate)}", [(0, noiseFit.At(0)), (x1, noiseFit.At(x1))], "#c0392b", dashed: true)
                .Render(),
                "The protocol's noise method: the temporal variance of the darks grows by the dark shot noise. A healthy camera's points rise on a straight line from the read-noise variance, and its slope agrees with the mean method.");
        }

        h.Append($"<table><tr>{Column(DarkCurrentFigures.PointExposure)}{Column(DarkCurrentFigures.PointMean)}{Column(DarkCurrentFigures.PointVariance)}</tr>");
        foreach (DarkCurrentPoint l in levels)
        {
            h.Append($"<tr><td class=\"num\">{Number(l.ExposureS)}</td><td class=\"num\">{Estimate(l.Mean)}</td><td class=\"num\">{Estimate(l.Variance)}</td></tr>");
        }

        h.Append("</table>");
        ReportFigure.Close(h);
    }
}
