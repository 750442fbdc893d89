using System.Text;
using CamTest.Core.Analysis;
using CamTest.Core.Results;
using static CamTest.Reporting.Html.Html;

namespace CamTest.Reporting.Html;

/// <summary>One method per protocol test: its figures, the numbers behind them, and how they were obtained.</summary>
internal static class ReportSections
{
    public static void Bias(StringBuilder h, BiasSection? b, IReadOnlyDictionary<string, string> plots)
    {
        if (b is null)
        {
            return;
        }

        h.Append("<h2>Bias</h2>");
        h.Append($"<p>Level {Format(b.Level)} (mean of {b.Frames} frame means). ");
        h.Append(b.Stability is { } s
            ? $"Drift {Format(s.Drift)}; largest frame deviation {Number(s.MaxDeviationAdu, "F3")} ADU = {Format(s.MaxDeviation)} against the 1 e- goal: {Verdict(s.Pass)}.</p>"
            : "Stability not measured: it needs at least 3 frames (the protocol takes 100).</p>");
        HtmlReport.Plot(h, plots, "bias", "Bias frame means against frame number with the fitted line");
    }

    public static void Gain(StringBuilder h, GainSection? g, IReadOnlyDictionary<string, string> plots)
    {
        if (g is null)
        {
            return;
        }

        h.Append("<h2>Gain and linearity</h2>");
        h.Append($"<p>System gain {Format(g.SystemGain)} from the photon transfer fit (variance against mean signal over the linear range; "
            + $"intercept {Format(g.Intercept)} absorbs read noise). Largest deviation of a fitted level from the line "
            + $"{Number(g.Linearity.MaxDeviationPercent, "F2")} % against the 1 % criterion: {Verdict(g.Linearity.Pass)}. "
            + $"Noise alone moves a level by about {Number(g.Linearity.NoiseFloorPercent, "F2")} %.</p>");
        HtmlReport.Plot(h, plots, "ptc", "Photon transfer curve: variance against mean signal");
        h.Append("<table><tr><th>exposure ms</th><th>mean ADU</th><th>variance ADU²</th><th>single-point gain e-/ADU</th><th>deviation %</th><th></th></tr>");
        foreach (PhotonTransferLevel l in g.Points)
        {
            h.Append(HtmlReport.LevelRow(l));
        }

        h.Append("</table><p class=\"note\">Single-point gain = (mean − bias) / variance, the protocol's formula; read noise biases it low at small signals.</p>");
    }

    public static void ReadNoise(StringBuilder h, ReadNoiseSection? r)
    {
        if (r is null)
        {
            return;
        }

        h.Append("<h2>Read noise</h2>");
        h.Append($"<p>rms {Format(r.Rms)} ({Format(r.RmsAdu)}) from {r.Pairs} bias frame pairs: std(A − B)/√2 measures {Format(r.DarkNoiseAdu)}, "
            + "of which 1/12 ADU² is rounding to whole codes and is removed. ");
        if (r.Median is not null)
        {
            h.Append($"Median pixel {Format(r.Median)}. ");
        }

        if (r.QuantisationLimited)
        {
            h.Append("The measured variance is below 0.24 ADU²: the ADC step dominates and the figures are the resolution limit, an upper bound.");
        }

        h.Append("</p>");
    }

    public static void DarkCurrent(StringBuilder h, DarkCurrentSection? d, IReadOnlyDictionary<string, string> plots)
    {
        if (d is null)
        {
            return;
        }

        h.Append("<h2>Dark current</h2>");
        h.Append(d.Rate is null
            ? $"<p>{Format(d.RateAdu)} from the growth of the dark mean with exposure; {Format(d.RateFromNoiseAdu2)} of dark shot variance. "
                + "Without a gain (which needs flats) these stay in ADU.</p>"
            : $"<p>{Format(d.Rate)} from the growth of the dark mean with exposure; {Format(d.RateFromNoise)} from the dark shot noise "
                + "(total variance minus read variance, in quadrature).</p>");
        HtmlReport.Plot(h, plots, "dark", "Dark mean against exposure");
        h.Append("<table><tr><th>exposure s</th><th>mean ADU</th><th>variance ADU²</th></tr>");
        foreach (DarkLevel l in d.Points)
        {
            h.Append($"<tr><td class=\"num\">{Number(l.ExposureS)}</td><td class=\"num\">{Estimate(l.MeanAdu, l.MeanStdErr)}</td><td class=\"num\">{Estimate(l.VarianceAdu2, l.VarianceStdErr)}</td></tr>");
        }

        h.Append("</table>");
    }

    public static void HotPixels(StringBuilder h, HotPixelsSection? p)
    {
        if (p is null)
        {
            return;
        }

        h.Append("<h2>Hot pixels</h2>");
        h.Append($"<p>{p.Count} pixels above {Format(p.Threshold)} (for a pixel of typical read noise) in at least 80 % of {p.Frames} dark frames of {Number(p.ExposureMs)} ms; "
            + $"{p.PersistentCount} hot in every frame.</p><table><tr><th>x</th><th>y</th><th>rate e-/s</th><th>frames hot</th></tr>");
        foreach (HotPixel px in p.Pixels.Take(20))
        {
            h.Append($"<tr><td class=\"num\">{px.X}</td><td class=\"num\">{px.Y}</td><td class=\"num\">{Number(px.RateEPerS, "F1")}</td><td class=\"num\">{px.FramesHot}</td></tr>");
        }

        h.Append("</table>");
        if (p.Count > 20)
        {
            h.Append($"<p class=\"note\">The 20 brightest of {p.Count}; results.json lists them all.</p>");
        }
    }

    public static void Saturation(StringBuilder h, SaturationSection? s)
    {
        if (s is null)
        {
            return;
        }

        h.Append($"<h2>Saturation</h2><p>Linear full well {Format(s.LinearFullWell)}; saturation capacity (EMVA) {Format(s.SaturationCapacity)}; "
            + $"ADC limit {Format(s.AdcLimit)}. Limited by: {Encode(s.LimitedBy)}.</p>");
    }

    public static void FixedPattern(StringBuilder h, FixedPatternResult? f)
    {
        if (f is null)
        {
            return;
        }

        h.Append("<h2>Fixed-pattern noise</h2>");
        if (f.Frames is int frames)
        {
            h.Append($"<p>From the mean of {frames} bias frames, hot pixels left out: DSNU {Format(f.Dsnu)}, "
                + $"row noise {Format(f.RowNoise)}, column noise {Format(f.ColumnNoise)}. A dash means below what this stack resolves.</p>");
        }

        if (f.PrnuLevel is { } l)
        {
            h.Append($"<p>Photo-response non-uniformity from the mean of {l.Frames} flat frames at {Number(l.ExposureMs)} ms "
                + $"({Number(l.SignalAdu, "F0")} ADU above the offset; {l.PixelsUsed} pixels, hot and near-clipping ones left out): "
                + $"pixel-to-pixel {Format(f.Prnu)}, total {Format(f.PrnuTotal)}.</p>"
                + "<p class=\"note\">Both take off the temporal noise left in the average (EMVA 1288). The total counts everything that varies "
                + "across the flat, so a microscope's vignetting and uneven illumination raise it; the pixel-to-pixel figure first subtracts each "
                + $"pixel's 5 × 5 neighbourhood mean (EMVA 1288 4.0), which removes smooth shading, and its error is the spread over {l.Tiles} tiles. "
                + "A large gap between the two means the light, not the sensor, is uneven.</p>");
        }
    }

    public static void EmGain(StringBuilder h, EmGainSection? e)
    {
        if (e is null)
        {
            return;
        }

        h.Append($"<h2>EM gain</h2><p>Measured multiplication {Format(e.Factor)}" + (e.SetPoint is double sp ? $" at a set point of {Number(sp)}" : string.Empty) + ". ");
        if (e.AdvisedMin is double lo && e.AdvisedMax is double hi)
        {
            h.Append($"Advised EM gain {Number(lo, "F0")}–{Number(hi, "F0")} (4–5 × the rms read noise, never above 300).");
        }

        h.Append("</p>");
    }

    public static void Timing(StringBuilder h, TimingSection? t)
    {
        if (t is null)
        {
            return;
        }

        h.Append($"<h2>Speed</h2><p>{Format(t.FrameRate)} ({Format(t.FrameInterval)} per frame) from {Encode(t.Source)} timestamps of {Encode(t.Stack)}; "
            + $"readout time {Format(t.ReadoutTime)}.</p>");
    }
}
