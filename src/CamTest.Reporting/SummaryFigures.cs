using CamTest.Core.Results;

namespace CamTest.Reporting;

/// <summary>
/// The headline figures of an analysis, in the order a reader looks for them: one list, so the console table and
/// the HTML report always show the same figures.
/// </summary>
public static class SummaryFigures
{
    public static IReadOnlyList<SummaryFigure> Of(CameraResults r)
    {
        var figures = new List<SummaryFigure>();
        void Add(string label, Quantity? value)
        {
            if (value is not null)
            {
                figures.Add(new SummaryFigure(label, value));
            }
        }

        Add("Bias level", r.Bias?.Level);
        if (r.Bias?.Stability is { } stability)
        {
            figures.Add(new SummaryFigure("Bias stability (largest deviation)", stability.MaxDeviation, "≤ 1 e-", stability.Pass));
        }

        Add("System gain", r.Gain?.SystemGain);
        if (r.Gain is { } g)
        {
            figures.Add(new SummaryFigure("Gain linearity (largest deviation)", new Quantity(g.Linearity.MaxDeviationPercent, Unit.Percent, null), "≤ 1 %", g.Linearity.Pass));
        }

        Add("Read noise (rms)", r.ReadNoise?.Rms ?? r.ReadNoise?.RmsAdu);
        Add("Read noise (median pixel)", r.ReadNoise?.Median);
        Add("Dark current", r.DarkCurrent?.Rate ?? r.DarkCurrent?.RateAdu);
        Add("Dark current (noise method)", r.DarkCurrent is { Rate: not null } ? r.DarkCurrent.RateFromNoise : r.DarkCurrent?.RateFromNoiseAdu2);
        if (r.HotPixels is { } hot)
        {
            Add($"Hot pixels (above {QuantityText.Of(hot.Threshold)})", Quantity.Exact(hot.Count, Unit.One));
        }

        Add("Linear full well", r.Saturation?.LinearFullWell);
        Add("DSNU", r.FixedPattern?.Dsnu);
        Add("PRNU (pixel-to-pixel)", r.FixedPattern?.Prnu);
        Add("PRNU (total, with illumination shading)", r.FixedPattern?.PrnuTotal);
        Add("EM gain", r.EmGain?.Factor);
        Add("Frame rate", r.Timing?.FrameRate);
        return figures;
    }
}
