using System.Text;
using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.Reporting.Plots;
using static CamTest.Reporting.Html.Html;

namespace CamTest.Reporting.Html.Sections;

/// <summary>Gain and linearity: the photon transfer curve (linear and log-log), its residuals, and the single-point gains.</summary>
internal static class GainView
{
    public static void Write(StringBuilder h, GainSection? g, FixedPatternSection? fixedPattern)
    {
        if (g is null)
        {
            return;
        }

        ReportFigure.Open(h, "gain", "Gain and linearity");
        h.Append($"<p>System gain {Figure(GainFigures.SystemGain, g.SystemGain)} from the photon transfer fit (variance against mean signal over the linear range; "
            + $"intercept {Figure(GainFigures.Intercept, g.Intercept)} absorbs read noise). Largest deviation of a fitted level from the line "
            + $"{Number(g.Linearity.MaxDeviation.Value, "F2")} {GainFigures.Linearity.Unit.Symbol} against the {Encode(GainFigures.Linearity.Criterion?.Text)} criterion: {Verdict(g.Linearity.Pass)}. "
            + $"Noise alone moves a level by about {Number(g.Linearity.NoiseFloorPercent, "F2")} {GainFigures.LinearityNoiseFloor.Unit.Symbol}.</p>");
        // Levels in signal order (exposure order for equal signals), so the table reads as the curve does.
        GainPoint[] levels = [.. g.Points.OrderBy(l => l.SignalAdu).ThenBy(l => l.ExposureMs)];
        Plots(h, g, levels, fixedPattern);
        h.Append($"<table><tr>{Column(GainFigures.PointExposure)}{Column(GainFigures.PointMean)}{Column(GainFigures.PointVariance)}{Column(GainFigures.PointGain)}{Column(GainFigures.PointDeviation)}<th></th></tr>");
        foreach (GainPoint l in levels)
        {
            h.Append(HtmlReport.LevelRow(l));
        }

        h.Append("</table><p class=\"note\">Single-point gain = (mean − bias) / variance, the protocol's formula; read noise biases it low at small signals.</p>");
        ReportFigure.Close(h);
    }

    private static void Plots(StringBuilder h, GainSection g, GainPoint[] levels, FixedPatternSection? fixedPattern)
    {
        double k = g.SystemGain.Value, intercept = g.Intercept.Value;
        if (!g.OffsetSubtracted || !(k > 0) || levels.Length < 2)
        {
            return;
        }

        double maxSignal = levels.Max(l => l.SignalAdu);
        ReportFigure.Write(h, new SvgChart("Photon transfer curve", FigureAxis.Title(GainFigures.PointSignal), FigureAxis.Title(GainFigures.PointVariance))
            .Points("fitted levels", levels.Where(l => l.InFit).Select(l => (l.SignalAdu, l.Variance.Value, l.Variance.StdErr)))
            .Points("not fitted", levels.Where(l => !l.InFit).Select(l => (l.SignalAdu, l.Variance.Value, l.Variance.StdErr)), "#c0392b", hollow: true)
            .Line("fit: signal / K + intercept", [(0, intercept), (maxSignal, intercept + (maxSignal / k))], "#555555", dashed: true)
            .Render(),
            "Variance against signal, each level with its standard error, and the fitted line whose slope is 1/gain. A healthy camera's fitted levels lie on the line up to the full well; the variance then falls as pixels saturate.");

        // Janesick's log-log view: the read-noise floor, the shot-noise slope of 1/2, the fixed-pattern slope of 1.
        GainPoint[] positive = [.. levels.Where(l => l.SignalAdu > 0 && l.Variance.Value > 0)];
        if (positive.Length >= 2)
        {
            double lo = positive.Min(l => l.SignalAdu), hi = positive.Max(l => l.SignalAdu);
            double[] grid = [.. Enumerable.Range(0, 25).Select(i => lo * Math.Pow(hi / lo, i / 24.0))];
            var chart = new SvgChart("Photon transfer curve, log-log", FigureAxis.Title(GainFigures.PointSignal), $"Flat temporal noise, √σ²_y ({GainFigures.PointMean.Unit.Symbol})", logX: true, logY: true)
                .Points("measured noise", positive.Select(FlatTemporalNoise.Of).Select(n => (n.SignalAdu, n.Noise.Value, n.Noise.StdErr)))
                .Line("shot noise √(S/K)", grid.Select(s => (s, Math.Sqrt(s / k))), "#27864a", dashed: true);
            if (intercept > 0)
            {
                chart.Line("read-noise floor", [(lo, Math.Sqrt(intercept)), (hi, Math.Sqrt(intercept))], "#8e44ad", dashed: true);
            }

            if (fixedPattern?.PrnuTotal is { } prnu && prnu.Value > 0)
            {
                chart.Line("fixed pattern (PRNU × S)", grid.Select(s => (s, prnu.Value / 100 * s)), "#d68910", dashed: true);
            }

            ReportFigure.Write(h, chart.Render(), "Noise against signal on log axes (Janesick): flat where read noise dominates, slope 1/2 where shot noise does, slope 1 where the fixed pattern would. A healthy camera follows the shot-noise line over most of its range.");
        }

        GainPoint[] fitted = [.. levels.Where(l => l.InFit && double.IsFinite(l.DeviationPercent))];
        if (fitted.Length >= 2)
        {
            double limit = g.Linearity.LimitPercent;
            ReportFigure.Write(h, new SvgChart("Photon transfer residuals", FigureAxis.Title(GainFigures.PointSignal), FigureAxis.Title(GainFigures.PointDeviation))
                .Band($"±{limit:G3} % criterion", -limit, limit)
                .Points("fitted levels", fitted.Select(l => (l.SignalAdu, l.DeviationPercent, (double?)null)))
                .Render(),
                "Each fitted level's distance from the line, in percent. A linear camera stays inside the ±1 % band with no curvature.");
        }

        (double Signal, Quantity Gain)[] gains = [.. levels.Where(l => l.Gain is { Value: var v } && double.IsFinite(v) && !l.Saturated).Select(l => (l.SignalAdu, l.Gain!))];
        if (gains.Length >= 2)
        {
            ReportFigure.Write(h, new SvgChart("Single-point gain per level", FigureAxis.Title(GainFigures.PointSignal), FigureAxis.Title(GainFigures.PointGain))
                .Points("single-point gain", gains.Select(l => (l.Signal, l.Gain.Value, l.Gain.StdErr)))
                .Line("photon transfer gain", [(gains.Min(l => l.Signal), k), (gains.Max(l => l.Signal), k)], "#c0392b", dashed: true)
                .Render(),
                "The protocol's single-point gain at each level with its error, beside the fitted gain. In a healthy camera they agree above a few hundred electrons; read noise pulls the lowest levels low.");
        }
    }
}
