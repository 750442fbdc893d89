using CamTest.Core.Results;

namespace CamTest.Reporting;

/// <summary>
/// The headline figures of an analysis, in the order a reader looks for them: one list, so the console table and
/// the HTML report always show the same figures, each named by its declaration (never a label written twice).
/// </summary>
public static class SummaryFigures
{
    public static IReadOnlyList<SummaryFigure> Of(CameraResults r)
    {
        var figures = new List<SummaryFigure>();
        void Add(FigureDeclaration figure, Quantity? value, bool? pass = null, bool bound = false)
        {
            if (value is not null && double.IsFinite(value.Value))
            {
                figures.Add(new SummaryFigure(figure, value, pass, bound));
            }
        }

        Add(BiasFigures.Level, r.Bias?.Level);
        if (r.Bias?.Stability is { } stability)
        {
            Add(BiasFigures.MaxDeviation, stability.MaxDeviation, stability.Pass);
        }

        Add(GainFigures.SystemGain, r.Gain?.SystemGain);
        if (r.Gain is { } g && double.IsFinite(g.Linearity.MaxDeviation.Value))
        {
            Add(GainFigures.Linearity, g.Linearity.MaxDeviation, g.Linearity.Pass);
        }

        bool limited = r.ReadNoise?.QuantisationLimited == true;
        if (r.ReadNoise?.Rms is { } rms)
        {
            Add(ReadNoiseFigures.Rms, rms, bound: limited);
        }
        else
        {
            Add(ReadNoiseFigures.RmsAdu, r.ReadNoise?.RmsAdu, bound: limited);
        }

        Add(ReadNoiseFigures.Median, r.ReadNoise?.Median, bound: limited);
        if (r.DarkCurrent?.Rate is { } rate)
        {
            Add(DarkCurrentFigures.Rate, rate);
            Add(DarkCurrentFigures.RateFromNoise, r.DarkCurrent.RateFromNoise);
        }
        else
        {
            Add(DarkCurrentFigures.RateAdu, r.DarkCurrent?.RateAdu);
            Add(DarkCurrentFigures.RateFromNoiseAdu2, r.DarkCurrent?.RateFromNoiseAdu2);
        }

        if (r.HotPixels is { } hot)
        {
            figures.Add(new SummaryFigure(HotPixelFigures.Count, Quantity.Exact(hot.Count, Unit.One)) { Label = $"{HotPixelFigures.Count.Name} (above {QuantityText.Of(hot.Threshold)})" });
        }

        Add(SaturationFigures.LinearFullWell, r.Saturation?.LinearFullWell);
        Add(FixedPatternFigures.Dsnu, r.FixedPattern?.Dsnu);
        Add(FixedPatternFigures.Prnu, r.FixedPattern?.Prnu);
        Add(FixedPatternFigures.PrnuTotal, r.FixedPattern?.PrnuTotal);
        Add(EmGainFigures.Factor, r.EmGain?.Factor);
        Add(EmGainFigures.FactorFromNoise, r.EmGain?.FactorFromNoise);
        Add(TimingFigures.FrameRate, r.Timing?.FrameRate);
        return figures;
    }
}
