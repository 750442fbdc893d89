using System.Text;
using CamTest.Core.Analysis;
using CamTest.Core.Results;
using static CamTest.Reporting.Html.Html;

namespace CamTest.Reporting.Html.Sections;

/// <summary>Fixed-pattern noise: DSNU with its row and column parts from the averaged bias, PRNU from one flat level.</summary>
internal static class FixedPatternView
{
    public static void Write(StringBuilder h, FixedPatternResult? f)
    {
        if (f is null || (f.Frames is not > 0 && f.PrnuLevel is null))
        {
            return;
        }

        ReportFigure.Open(h, "fixed-pattern", "Fixed-pattern noise");
        if (f.Frames is int frames && frames > 0)
        {
            h.Append($"<p>From the mean of {frames} bias frames, hot pixels left out: DSNU {Figure(FixedPatternFigures.Dsnu, f.Dsnu)}, "
                + $"row noise {Figure(FixedPatternFigures.RowNoise, f.RowNoise)}, column noise {Figure(FixedPatternFigures.ColumnNoise, f.ColumnNoise)}. A dash means below what this stack resolves.</p>");
        }

        if (f.PrnuLevel is { } l)
        {
            // A level from maps may carry no exposure: then none is claimed.
            string exposure = double.IsFinite(l.ExposureMs) ? $" at {Number(l.ExposureMs)} ms" : string.Empty;
            string frames2 = l.Frames > 0 ? $"the mean of {l.Frames} flat frames" : "the flat";
            h.Append($"<p>Photo-response non-uniformity from {frames2}{exposure} "
                + $"({Number(l.SignalAdu, "F0")} ADU above the offset; {l.PixelsUsed} pixels, hot and near-clipping ones left out): "
                + $"pixel-to-pixel {Figure(FixedPatternFigures.Prnu, f.Prnu)}, total {Figure(FixedPatternFigures.PrnuTotal, f.PrnuTotal)}.</p>"
                + "<p class=\"note\">Both take off the temporal noise left in the average (EMVA 1288). The total counts everything that varies "
                + "across the flat, so a microscope's vignetting and uneven illumination raise it; the pixel-to-pixel figure first subtracts each "
                + $"pixel's 5 × 5 neighbourhood mean (EMVA 1288 4.0), which removes smooth shading, and its error is the spread over {l.Tiles} tiles. "
                + "A large gap between the two means the light, not the sensor, is uneven.</p>");
        }

        ReportFigure.Close(h);
    }
}
