using System.Text;
using CamTest.Core.Results;
using CamTest.Reporting.Plots;
using static CamTest.Reporting.Html.Html;

namespace CamTest.Reporting.Html.Sections;

/// <summary>The signal-to-noise ratio this camera gives, computed from its measured read noise (and EM gain).</summary>
internal static class SnrView
{
    public static void Write(StringBuilder h, CameraResults r)
    {
        if (SnrModel.Of(r) is not { } model)
        {
            return;
        }

        ReportFigure.Open(h, "snr", "Signal to noise");
        h.Append($"<p>The SNR per pixel by the protocol's equation from the measured read noise{(model.EmGain is double g ? $" and EM gain {Number(g, "G4")}" : string.Empty)}, against the ideal shot-noise limit √S. ");
        h.Append(model.HasDarkCurrent
            ? $"Dark charge is included at the session's longest flat exposure: {Number(model.DarkCurrentEPerS, "G3")} {DarkCurrentFigures.Rate.Unit.Symbol} × {Number(model.ExposureS, "G4")} s = {Number(model.DarkChargeE, "G3")} e- per pixel. "
            : "No dark current was measured, so the curve carries no dark charge. ");
        if (model.EmGain is not null)
        {
            h.Append($"With EM gain the excess noise factor F = √2 multiplies the shot and dark noise (the protocol's EMCCD equation) and the read noise is divided by the gain; "
                + "clock-induced charge is not in the protocol's equation and is not measured from these stacks (it sits in an EMCCD's bias at gain), so it is left out.");
        }

        h.Append("</p>");
        double[] signals = SnrModel.Signals;
        var chart = new SvgChart("SNR against signal", "signal (photoelectrons per pixel)", "SNR", logX: true, logY: true)
            .Line("shot-noise limit", signals.Select(s => (s, Math.Sqrt(s))), "#555555", dashed: true)
            .Line(model.Label, signals.Select(s => (s, model.Snr(s))), "#1f4e79");
        if (model.Conventional is { } plain)
        {
            chart.Line(plain.Label, signals.Select(s => (s, plain.Snr(s))), "#d68910");
        }

        ReportFigure.Write(h, chart.Render(), "SNR against signal beside the shot-noise limit. A healthy camera reaches the limit above a few times the read noise squared; an EMCCD gives up a factor √2 at high light for almost no read noise at low light.");
        ReportFigure.Close(h);
    }
}
