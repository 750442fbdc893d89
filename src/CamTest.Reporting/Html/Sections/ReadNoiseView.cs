using System.Text;
using CamTest.Core.Results;
using static CamTest.Reporting.Html.Html;

namespace CamTest.Reporting.Html.Sections;

/// <summary>Read noise: the rms and median pixel, or their bound when the ADC step dominates.</summary>
internal static class ReadNoiseView
{
    public static void Write(StringBuilder h, ReadNoiseSection? r)
    {
        if (r is null)
        {
            return;
        }

        bool bound = r.QuantisationLimited;
        ReportFigure.Open(h, "read-noise", "Read noise");
        h.Append($"<p>rms {Figure(ReadNoiseFigures.Rms, r.Rms, bound)} ({Figure(ReadNoiseFigures.RmsAdu, r.RmsAdu, bound)}) from {r.Pairs} bias frame pairs: std(A − B)/√2 measures {Figure(ReadNoiseFigures.DarkNoiseAdu, r.DarkNoiseAdu)}, "
            + "of which 1/12 ADU² is rounding to whole codes and is removed. ");
        if (r.Median is not null)
        {
            h.Append($"Median pixel {Figure(ReadNoiseFigures.Median, r.Median, bound)}. ");
        }

        if (bound)
        {
            h.Append("The measured variance is below 0.24 ADU²: the ADC step dominates (quantisation-limited), so the figures are the resolution limit, an upper bound, shown as “&lt;”.");
        }

        h.Append("</p>");
        ReportFigure.Close(h);
    }
}
