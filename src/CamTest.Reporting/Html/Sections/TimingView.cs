using System.Text;
using CamTest.Core.Results;
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
        ReportFigure.Close(h);
    }
}
