using CamTest.Core.Analysis;
using CamTest.Core.Results;
using ScottPlot;

namespace CamTest.Reporting.Plots;

/// <summary>
/// The report's plots as PNG files: bias frame means with the drift line, the photon transfer curve with its fit,
/// and the dark signal against exposure. Each returns false when its section is absent.
/// </summary>
public static class ReportPlots
{
    private const int Width = 820, Height = 460;

    public static bool Bias(BiasSection? bias, string path)
    {
        if (bias?.Stability is null)
        {
            return false;
        }

        Plot plot = NewPlot("Bias stability", "frame", "frame mean (ADU)");
        double[] frames = [.. Enumerable.Range(0, bias.FrameMeans.Count).Select(i => (double)i)];
        var points = plot.Add.ScatterPoints(frames, bias.FrameMeans.ToArray());
        points.LegendText = "frame means";
        double slope = bias.Stability.Drift.Value;
        double start = bias.Level.Value - (slope * (frames.Length - 1) / 2);
        var line = plot.Add.Line(0, start, frames[^1], start + (slope * frames[^1]));
        line.LegendText = $"drift {QuantityText.Of(bias.Stability.Drift)}";
        return Save(plot, path);
    }

    public static bool PhotonTransfer(GainSection? gain, string path)
    {
        if (gain is null)
        {
            return false;
        }

        // Without an offset the levels stand at their raw mean; the fit line's intercept then means nothing and is not drawn.
        bool signal = gain.OffsetSubtracted;
        Func<PhotonTransferLevel, double> x = signal ? l => l.SignalAdu : l => l.MeanAdu;
        Plot plot = NewPlot("Photon transfer curve", signal ? "signal above offset (ADU)" : "mean (ADU, offset not known)", "temporal variance (ADU²)");
        AddLevels(plot, gain.Points.Where(l => l.InFit), x, "fitted levels");
        AddLevels(plot, gain.Points.Where(l => !l.InFit && !l.Saturated), x, "not fitted");
        AddLevels(plot, gain.Points.Where(l => l.Saturated), x, "saturated");
        if (signal)
        {
            double xMax = gain.Points.Where(l => !l.Saturated).Select(l => l.SignalAdu).DefaultIfEmpty(1).Max();
            var fit = plot.Add.Line(0, gain.Intercept.Value, xMax, gain.Intercept.Value + (gain.ConversionFactor.Value * xMax));
            fit.LegendText = $"fit: gain {QuantityText.Of(gain.SystemGain)}";
        }

        return Save(plot, path);
    }

    public static bool Dark(DarkCurrentSection? dark, string path)
    {
        if (dark is null)
        {
            return false;
        }

        Plot plot = NewPlot("Dark signal", "exposure (s)", "dark mean (ADU)");
        var points = plot.Add.ScatterPoints(dark.Points.Select(p => p.ExposureS).ToArray(), dark.Points.Select(p => p.MeanAdu).ToArray());
        points.LegendText = $"dark current {QuantityText.Of(dark.Rate ?? dark.RateAdu)}";
        return Save(plot, path);
    }

    private static void AddLevels(Plot plot, IEnumerable<PhotonTransferLevel> levels, Func<PhotonTransferLevel, double> x, string label)
    {
        PhotonTransferLevel[] l = [.. levels];
        if (l.Length > 0)
        {
            var points = plot.Add.ScatterPoints(l.Select(x).ToArray(), l.Select(p => p.VarianceAdu2).ToArray());
            points.LegendText = label;
        }
    }

    private static Plot NewPlot(string title, string x, string y)
    {
        PlotFonts.EnsureRegistered();
        var plot = new Plot();
        plot.Font.Set(PlotFonts.Family);
        plot.Title(title);
        plot.XLabel(x);
        plot.YLabel(y);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    private static bool Save(Plot plot, string path)
    {
        plot.SavePng(path, Width, Height);
        return true;
    }
}
