using System.Text;
using CamTest.Core.Results;
using CamTest.Reporting.Plots;
using static CamTest.Reporting.Html.Html;

namespace CamTest.Reporting.Html.Sections;

/// <summary>The bias section: level, stability against the protocol's 1 e- goal, and the frame means with their fit.</summary>
internal static class BiasView
{
    public static void Write(StringBuilder h, BiasSection? b)
    {
        if (b is null)
        {
            return;
        }

        ReportFigure.Open(h, "bias", "Bias");
        // A bias given as maps has no frames of its own: then no count of frame means is claimed.
        string from = b.Frames > 0 ? $" (mean of {b.Frames} frame means)" : string.Empty;
        h.Append($"<p>Level {Figure(BiasFigures.Level, b.Level)}{from}. ");
        h.Append(b.Stability is { } s
            ? $"Drift {Figure(BiasFigures.Drift, s.Drift)}; largest frame deviation {Number(s.MaxDeviationAdu.Value, "F3")} {BiasFigures.MaxDeviationAdu.Unit.Symbol} = {Figure(BiasFigures.MaxDeviation, s.MaxDeviation)} against the {Encode(BiasFigures.MaxDeviation.Criterion?.Text)} goal: {Verdict(s.Pass)}.</p>"
            : "Stability not measured: it needs at least 3 frames (the protocol takes 100).</p>");
        if (b.Stability is { } st && b.FrameMeans.Count >= 3)
        {
            double[] means = [.. b.FrameMeans];
            var chart = new SvgChart("Bias frame means", "frame number", FigureAxis.Title(BiasFigures.FrameMeans))
                .Points("frame means", means.Select((m, i) => ((double)i, m, (double?)null)));
            // The analysis's own line (results.json bias.stability.fit); a file written before it was carried has none.
            if (st.Fit is { } fit)
            {
                chart.Line("fitted drift", [(0, fit.At(0)), (means.Length - 1, fit.At(means.Length - 1))], "#c0392b", dashed: true);
            }

            // The 1 e- band in ADU: the deviation in electrons over the same deviation in ADU is the gain.
            if (st.MaxDeviation is { } dev && st.MaxDeviationAdu.Value > 0 && dev.Value > 0)
            {
                double eInAdu = st.Limit.Value * st.MaxDeviationAdu.Value / dev.Value;
                chart.Band($"±{st.Limit.Value:G3} e- around the level", b.Level.Value - eInAdu, b.Level.Value + eInAdu);
            }

            ReportFigure.Write(h, chart.Render(), "Each bias frame's mean in acquisition order with the fitted drift and the protocol's ±1 e- band. A healthy camera's means scatter inside the band with no trend; a slope or steps mean the offset wanders (warm-up, temperature regulation).");
        }

        ReportFigure.Close(h);
    }
}
