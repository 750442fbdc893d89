using System.Text;
using CamTest.Core.Results;
using CamTest.Reporting.Plots;
using static CamTest.Reporting.Html.Html;

namespace CamTest.Reporting.Html.Sections;

/// <summary>Speed, from the per-frame timestamps of the stack the analysis chose (never a long-dark stack's).</summary>
internal static class TimingView
{
    public static void Write(StringBuilder h, TimingSection? t)
    {
        if (t is null)
        {
            return;
        }

        ReportFigure.Open(h, "timing", "Speed");
        h.Append($"<p>{Figure(TimingFigures.FrameRate, t.FrameRate)} ({Figure(TimingFigures.FrameInterval, t.FrameInterval)} per frame) from {Encode(t.Source)} timestamps of {Encode(t.Stack)}"
            + (t.ReadoutTime is { } readout ? $"; readout time {Figure(TimingFigures.ReadoutTime, readout)}" : string.Empty) + ".</p>");
        if (t.IntervalHistogram is { } intervals)
        {
            ReportFigure.Write(h, new SvgChart("Frame intervals", FigureAxis.Title(TimingFigures.IntervalHistogram), FigureAxis.Counts("frame pairs", log: true), logY: true)
                .Bars("intervals", intervals.Counts.Select((c, i) => (intervals.BinLower(i), intervals.BinLower(i + 1), (double)c)), "#1f4e79")
                .Render(),
                "The time between consecutive frames of the timed stack, counts on a log scale. A camera that keeps time gives one narrow spike; counts at twice or three times the interval are dropped frames, and a wide spread is software timestamps' jitter.");
        }

        ReportFigure.Close(h);
    }
}
