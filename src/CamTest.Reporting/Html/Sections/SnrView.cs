using System.Text;
using CamTest.Core.Results;
using CamTest.Reporting.Plots;

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
        h.Append($"<p>The SNR per pixel from the measured read noise{(model.EmGain is double g ? $" and EM gain {g:G4}" : string.Empty)}, against the ideal shot-noise limit √S (dark charge left out: it depends on the exposure chosen).</p>");
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
