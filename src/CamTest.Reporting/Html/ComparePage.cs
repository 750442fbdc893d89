using System.Globalization;
using System.Text;
using CamTest.Core.Results;
using CamTest.Reporting.Compare;
using CamTest.Reporting.Plots;
using static CamTest.Reporting.Html.Html;

namespace CamTest.Reporting.Html;

/// <summary>
/// <c>camtest compare</c>'s page, self-contained like the report: the cameras side by side (each summary figure with
/// its error, and each other camera's difference from the reference camera in standard errors), their SNR curves
/// overlaid, and which camera wins at low and at high light with the crossover signal. Hooks for tests:
/// <c>#figures</c> with data-reference, one <c>td.difference</c> per difference with data-camera, <c>#verdict</c>
/// with data-low-winner and data-high-winner, one <c>li.crossover</c> per crossing with data-below, data-above, data-signal.
/// </summary>
public static class ComparePage
{
    /// <summary>"Low light" and "high light": one photoelectron per pixel, and ten thousand.</summary>
    public const double LowSignal = 1, HighSignal = 1e4;

    /// <param name="reference">The camera the others' differences are taken against (and whose exposure the SNR
    /// curves' dark charge is taken at): the user's choice, by default the first.</param>
    public static string Render(IReadOnlyList<ComparedCamera> cameras, string generatedBy, int reference = 0)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(reference, cameras.Count);
        var h = new StringBuilder();
        string title = $"Cameras compared: {string.Join(" · ", cameras.Select(c => c.Label))}";
        h.Append($"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Encode(title)}</title><style>{ReportStyle.Css}</style></head><body>");
        h.Append($"<h1>{Encode(title)}</h1><p class=\"note\">{Encode(generatedBy)}</p><ul class=\"sources\">");
        foreach (ComparedCamera c in cameras)
        {
            h.Append($"<li><b>{Encode(c.Label)}</b>: {Encode(c.Source)}{(c.Results.Run?.Acquired is { } a ? $", acquired {Encode(a)}" : string.Empty)}</li>");
        }

        h.Append("</ul>");
        Figures(h, cameras, reference);
        Snr(h, cameras, reference);
        h.Append("</body></html>");
        return h.ToString();
    }

    private static void Figures(StringBuilder h, IReadOnlyList<ComparedCamera> cameras, int reference)
    {
        List<IReadOnlyList<SummaryFigure>> figures = [.. cameras.Select(c => SummaryFigures.Of(c.Results))];
        string[] keys = [.. figures.SelectMany(f => f).Select(f => f.Figure.Key).Distinct()];
        int[] others = [.. Enumerable.Range(0, cameras.Count).Where(i => i != reference)];
        ComparedCamera referenceCamera = cameras[reference];
        h.Append($"<section id=\"figures\" data-reference=\"{Encode(referenceCamera.Label)}\"><h2>Figures side by side</h2>");
        h.Append($"<p>Differences are taken against the reference camera, <b>{Encode(referenceCamera.Label)}</b> ({(reference == 0 ? "the first given; choose another with --reference NAME" : "chosen with --reference")}).</p><table><tr><th>figure</th>");
        foreach (ComparedCamera c in cameras)
        {
            h.Append($"<th>{Encode(c.Label)}{(c == referenceCamera ? " (reference)" : string.Empty)}</th>");
        }

        foreach (int i in others)
        {
            h.Append($"<th>{Encode(cameras[i].Label)} − {Encode(referenceCamera.Label)}</th>");
        }

        h.Append("</tr>");
        foreach (string key in keys)
        {
            SummaryFigure?[] row = [.. figures.Select(f => f.FirstOrDefault(x => x.Figure.Key == key))];
            SummaryFigure first = row.First(x => x is not null)!;
            h.Append($"<tr data-key=\"{Encode(key)}\"><td title=\"{Encode(first.Figure.Meaning)}\">{Encode(first.Figure.Name)}</td>");
            foreach (SummaryFigure? f in row)
            {
                h.Append($"<td class=\"num\">{(f is null ? "—" : Figure(f.Figure, f.Value, f.UpperBound))}</td>");
            }

            foreach (int i in others)
            {
                h.Append($"<td class=\"num difference\" data-camera=\"{Encode(cameras[i].Label)}\">{Encode(Difference(row[reference], row[i]))}</td>");
            }

            h.Append("</tr>");
        }

        h.Append("</table><p class=\"note\">The difference is in standard errors of the difference (the two errors in quadrature): beyond about 3 the cameras differ in that figure; a bound or a figure without an error gets no such number.</p></section>");
    }

    /// <summary>"+12.3 σ": b − a over the errors in quadrature, when both are measurements in one unit.</summary>
    private static string Difference(SummaryFigure? a, SummaryFigure? b)
    {
        if (a?.Value is not { } x || b?.Value is not { } y || a.UpperBound || b.UpperBound || x.Unit != y.Unit
            || (y - x) is not { StdErr: double s and > 0 } difference)
        {
            return "—";
        }

        double z = difference.Value / s;
        return string.Create(CultureInfo.InvariantCulture, $"{z:+0.0;−0.0;0.0} σ");
    }

    private static void Snr(StringBuilder h, IReadOnlyList<ComparedCamera> cameras, int reference)
    {
        // One exposure for every camera (the reference's session exposure), so their dark charges are comparable.
        double exposureS = SnrModel.SessionExposureS(cameras[reference].Results) ?? 0;
        (ComparedCamera Camera, SnrModel Model)[] models = [.. cameras.Select(c => (c, SnrModel.Of(c.Results, c.Label, exposureS))).Where(m => m.Item2 is not null).Select(m => (m.c, m.Item2!))];
        h.Append(CultureInfo.InvariantCulture, $"<section id=\"snr\" data-exposure-s=\"{exposureS:R}\"><h2>Signal to noise</h2>");
        if (models.Length < 2)
        {
            h.Append("<p>An SNR comparison needs at least two cameras with a read noise in electrons (a gain from flats).</p></section>");
            return;
        }

        double[] signals = SnrModel.Signals;
        var chart = new SvgChart("SNR against signal, cameras overlaid", "signal (photoelectrons per pixel)", "SNR", logX: true, logY: true)
            .Line("shot-noise limit", signals.Select(s => (s, Math.Sqrt(s))), "#999999", dashed: true);
        foreach ((ComparedCamera c, SnrModel m) in models)
        {
            chart.Line(c.Label + (m.EmGain is double g ? string.Create(CultureInfo.InvariantCulture, $" (EM gain {g:G4})") : string.Empty), signals.Select(s => (s, m.Snr(s))));
        }

        ReportFigure.Write(h, chart.Render(), "Each camera's SNR per pixel by the protocol's equation from its measured read noise, dark current and EM gain (with the excess noise factor √2), against the shot-noise limit. The camera whose curve lies higher at the light level of the experiment is the better choice there.");
        string low = Best(models, LowSignal), high = Best(models, HighSignal);
        h.Append($"<p id=\"verdict\" data-low-winner=\"{Encode(low)}\" data-high-winner=\"{Encode(high)}\">At low light ({LowSignal:G3} photoelectron per pixel) <b>{Encode(low)}</b> gives the better SNR; at high light ({HighSignal:G3}) <b>{Encode(high)}</b> does.</p><ul id=\"crossovers\">");
        for (int i = 0; i < models.Length; i++)
        {
            for (int j = i + 1; j < models.Length; j++)
            {
                foreach (SnrCrossover x in SnrCrossover.Find(models[i].Model, models[i].Camera.Label, models[j].Model, models[j].Camera.Label))
                {
                    h.Append(CultureInfo.InvariantCulture, $"<li class=\"crossover\" data-below=\"{Encode(x.Below)}\" data-above=\"{Encode(x.Above)}\" data-signal=\"{x.SignalE:R}\">{Encode(x.Below)} is better below {x.SignalE:G3} photoelectrons per pixel, {Encode(x.Above)} above.</li>");
                }
            }
        }

        string darks = string.Join("; ", models.Select(m => m.Model.HasDarkCurrent
            ? $"{m.Camera.Label} {Number(m.Model.DarkCurrentEPerS, "G3")} e-/pixel/s = {Number(m.Model.DarkChargeE, "G3")} e-"
            : $"{m.Camera.Label} none measured"));
        h.Append($"</ul><p class=\"note\">Dark charge at one exposure for every camera, the reference {Encode(cameras[reference].Label)}'s longest flat, {Number(exposureS, "G4")} s: {Encode(darks)}. "
            + "Clock-induced charge is not in the protocol's equation and is not measured, so it is left out; the curves use the measured figures' values, not their errors.</p></section>");
    }

    private static string Best((ComparedCamera Camera, SnrModel Model)[] models, double signal) =>
        models.MaxBy(m => m.Model.Snr(signal)).Camera.Label;
}
