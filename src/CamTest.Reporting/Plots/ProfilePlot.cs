using CamTest.Core.Calculators;
using ScottPlot;

namespace CamTest.Reporting.Plots;

/// <summary>A line profile as a PNG: grey levels on the left axis, photoelectrons on the right when known, the peak marked.</summary>
public static class ProfilePlot
{
    public static void SavePng(LineProfile profile, string title, string path, int width = 900, int height = 520)
    {
        PlotFonts.EnsureRegistered();
        var plot = new Plot();
        plot.Font.Set(PlotFonts.Family);
        double[] distance = profile.Points.Select(p => p.Distance).ToArray();
        double[] grey = profile.Points.Select(p => p.Grey).ToArray();
        var line = plot.Add.Scatter(distance, grey);
        line.LegendText = "grey level";
        line.MarkerSize = 3;
        ProfilePoint peak = profile.Peak;
        var marker = plot.Add.Marker(peak.Distance, peak.Grey, MarkerShape.OpenCircle, 12, Colors.Red);
        marker.LegendText = peak.Electrons is double e
            ? FormattableString.Invariant($"peak {peak.Grey:0.#} ADU = {e:0} e-")
            : FormattableString.Invariant($"peak {peak.Grey:0.#} ADU");
        plot.Title(title);
        plot.XLabel("distance along the line (pixels)");
        plot.YLabel("grey level (ADU)");
        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.AutoScale();
        if (profile.GainEPerAdu is double gain && profile.BiasAdu is double bias)
        {
            // The right axis shows the same curve in electrons: (grey - bias) x gain maps the left limits onto it.
            double offset = -bias * gain;
            AxisLimits limits = plot.Axes.GetLimits();
            plot.Axes.Right.Label.Text = "photoelectrons (e-)";
            plot.Axes.Right.Label.FontName = PlotFonts.Family;
            plot.Axes.Right.TickLabelStyle.FontName = PlotFonts.Family;
            plot.Axes.Right.Range.Set((gain * limits.Bottom) + offset, (gain * limits.Top) + offset);
            plot.Axes.Right.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic();
        }

        plot.SavePng(path, width, height);
    }
}
