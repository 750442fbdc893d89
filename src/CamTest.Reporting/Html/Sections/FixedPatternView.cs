using System.Text;
using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.Reporting.Plots;
using static CamTest.Reporting.Html.Html;

namespace CamTest.Reporting.Html.Sections;

/// <summary>Fixed-pattern noise: DSNU with its row and column parts from the averaged bias, PRNU from one flat level,
/// and the averaged bias itself as a heat map with its row and column profiles.</summary>
internal static class FixedPatternView
{
    public static void Write(StringBuilder h, FixedPatternSection? f, BiasPatternSection? pattern)
    {
        bool figures = f is not null && (f.Frames is > 0 || f.PrnuLevel is not null);
        if (!figures && pattern is null)
        {
            return;
        }

        ReportFigure.Open(h, "fixed-pattern", "Fixed-pattern noise");
        if (f?.Frames is int frames && frames > 0)
        {
            h.Append($"<p>From the mean of {frames} bias frames, hot pixels left out: DSNU {Figure(FixedPatternFigures.Dsnu, f.Dsnu)}, "
                + $"row noise {Figure(FixedPatternFigures.RowNoise, f.RowNoise)}, column noise {Figure(FixedPatternFigures.ColumnNoise, f.ColumnNoise)}. A dash means below what this stack resolves.</p>");
        }

        if (pattern is not null)
        {
            PatternPlots(h, pattern);
        }

        if (f?.PrnuLevel is { } l)
        {
            // A level from maps may carry no exposure: then none is claimed.
            string exposure = double.IsFinite(l.ExposureMs) ? $" at {Number(l.ExposureMs)} {FixedPatternFigures.PrnuExposure.Unit.Symbol}" : string.Empty;
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

    private static void PatternPlots(StringBuilder h, BiasPatternSection p)
    {
        int width = p.ColumnMeansAdu.Count, height = p.RowMeansAdu.Count;
        if (p.BlockMeansAdu.Count == p.Columns * p.Rows && p.Columns * p.Rows > 1)
        {
            // The colour scale spans the 1st to 99th percentile of the blocks, so one odd block does not wash the rest out.
            double[] sorted = [.. p.BlockMeansAdu.Where(double.IsFinite).Order()];
            double low = sorted[(int)(0.01 * (sorted.Length - 1))], high = sorted[(int)Math.Ceiling(0.99 * (sorted.Length - 1))];
            string blocks = p.BlockWidth * p.BlockHeight > 1 ? $" in blocks of {p.BlockWidth} × {p.BlockHeight} pixels" : string.Empty;
            ReportFigure.Write(h, new SvgChart("Averaged bias", FigureAxis.Title(HotPixelFigures.PixelX), FigureAxis.Title(HotPixelFigures.PixelY))
                .Heatmap(BiasFigures.PatternBlockMeans.Name, p.BlockMeansAdu, p.Columns, p.Rows, width, height, low, high, BiasFigures.PatternBlockMeans.Unit.Symbol)
                .Render(),
                $"The averaged bias{blocks}, row 0 at the bottom as on the hot-pixel map, coloured from its 1st to 99th percentile. A healthy camera's bias looks like even noise with no structure; bands, gradients, a bright corner or a line mean row or column offsets, amplifier glow or a readout-channel step.");
        }

        if (height >= 2)
        {
            ReportFigure.Write(h, new SvgChart("Bias row profile", FigureAxis.Title(HotPixelFigures.PixelY), FigureAxis.Title(BiasFigures.PatternRowMeans))
                .Line("row means", p.RowMeansAdu.Select((m, y) => ((double)y, m)), "#1f4e79")
                .Render(),
                "The mean of each row of the averaged bias. A healthy camera's profile is flat to a fraction of an ADU, with no steps (a second readout channel) and no slope.");
        }

        if (width >= 2)
        {
            ReportFigure.Write(h, new SvgChart("Bias column profile", FigureAxis.Title(HotPixelFigures.PixelX), FigureAxis.Title(BiasFigures.PatternColumnMeans))
                .Line("column means", p.ColumnMeansAdu.Select((m, x) => ((double)x, m)), "#1f4e79")
                .Render(),
                "The mean of each column of the averaged bias. A healthy camera's profile is flat noise; spikes or a comb are column fixed pattern (sCMOS column amplifiers), which correlated double sampling or a flat-field offset map takes out.");
        }
    }
}
