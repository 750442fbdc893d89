using CamTest.Core.Analysis;
using CamTest.Core.Results;

namespace CamTest.Core.Session;

/// <summary>results.json "bias", "readNoise" and "fixedPattern": what the bias stack (and one flat level's PRNU) give.</summary>
public static partial class ResultsMapper
{
    /// <summary>bias.pattern's values to 0.001 ADU: far below any pattern a plot shows (a bias ADU is 0.1-10 e-), and
    /// results.json stays small.</summary>
    private const int PatternDecimals = 3;

    /// <summary>bias: the level (the stability fit's when the stack allowed one), the frame means, the stability against
    /// the protocol's 1 e- criterion, and the pattern.</summary>
    public static BiasSection Bias(BiasReference bias, BiasStabilityResult? stability, BiasPatternResult? pattern)
    {
        IReadOnlyList<double> means = bias.Frames?.FrameMeans ?? [];
        BiasStabilitySection? stable = stability is null ? null : new BiasStabilitySection(
            BiasFigures.Drift.Express(stability.Drift),
            BiasFigures.MaxDeviationAdu.Express(stability.MaxDeviationAdu),
            BiasFigures.MaxDeviation.Express(stability.MaxDeviationElectrons),
            BiasFigures.Limit.Express(ProtocolCriteria.BiasDeviation.LimitQuantity),
            stability.Pass)
        {
            Fit = Line(stability.Fit, BiasFigures.FitIntercept, BiasFigures.FitSlope),
        };
        return new BiasSection(BiasFigures.Level.Express(stability?.Level ?? bias.Level), means.Count, means, stable)
        {
            Pattern = pattern is null ? null : BiasPattern(pattern),
        };
    }

    /// <summary>bias.pattern, rounded to <see cref="PatternDecimals"/>.</summary>
    public static BiasPatternSection BiasPattern(BiasPatternResult pattern) => new(
        pattern.BlockWidth, pattern.BlockHeight, pattern.Columns, pattern.Rows,
        [.. pattern.BlockMeans.Select(m => Math.Round(m, PatternDecimals))],
        [.. pattern.RowMeans.Select(m => Math.Round(m, PatternDecimals))],
        [.. pattern.ColumnMeans.Select(m => Math.Round(m, PatternDecimals))]);

    /// <summary>readNoise: the ADU figures, and in electrons with the gain (null without one).</summary>
    public static ReadNoiseSection ReadNoise(ReadNoiseResult r, Quantity? gain) => new(
        ReadNoiseFigures.Rms.Express(ReadNoiseResult.InElectrons(r.RmsAdu, gain)),
        ReadNoiseFigures.RmsAdu.Express(r.RmsAdu),
        ReadNoiseFigures.DarkNoiseAdu.Express(r.DarkNoiseAdu),
        ReadNoiseFigures.Median.Express(ReadNoiseResult.InElectrons(r.MedianAdu, gain)),
        ReadNoiseFigures.MedianAdu.Express(r.MedianAdu),
        r.Pairs,
        r.QuantisationLimited)
    {
        FromDarkPairMs = r.FromDarkPairMs,
    };

    /// <summary>fixedPattern: the bias's figures (or, with none from the bias, the PRNU alone) with the PRNU of one flat
    /// level added; null when neither was measured.</summary>
    public static FixedPatternSection? FixedPattern(FixedPatternResult? fromBias, PrnuStageResult? prnu)
    {
        FixedPatternSection? section = fromBias is null ? null
            : new FixedPatternSection(
                FixedPatternFigures.Dsnu.Express(fromBias.Dsnu),
                FixedPatternFigures.RowNoise.Express(fromBias.RowNoise),
                FixedPatternFigures.ColumnNoise.Express(fromBias.ColumnNoise),
                fromBias.Frames,
                fromBias.PixelsUsed);
        if (prnu?.Result is not { } p)
        {
            return section;
        }

        return (section ?? new FixedPatternSection(null, null, null, null, null)) with
        {
            Prnu = FixedPatternFigures.Prnu.Express(p.PixelToPixel),
            PrnuTotal = FixedPatternFigures.PrnuTotal.Express(p.Total),
            PrnuLevel = new PrnuLevel(prnu.ExposureMs, p.SignalAdu, p.Frames, p.PixelsUsed, p.Tiles),
        };
    }
}
