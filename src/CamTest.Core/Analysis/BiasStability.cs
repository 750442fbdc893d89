using CamTest.Core.Fitting;
using CamTest.Core.Results;
using CamTest.Core.Statistics;

namespace CamTest.Core.Analysis;

/// <summary>
/// The protocol's bias tests: the bias is the mean of the frame means, and its stability is judged from a straight
/// line through the frame means against frame number (drift) and the largest deviation of a frame from the level.
/// </summary>
public static class BiasStability
{
    public static BiasStabilityResult Analyze(IReadOnlyList<double> frameMeans, Quantity? gainEPerAdu)
    {
        int n = frameMeans.Count;
        if (n < 3)
        {
            throw new InsufficientDataException($"bias stability needs at least 3 frames, got {n} (the protocol takes 100)");
        }

        double level = frameMeans.Average();
        double spread = SampleSpread.StandardDeviation(frameMeans);
        double[] index = [.. Enumerable.Range(0, n).Select(i => (double)i)];
        LineFit fit = LinearRegression.Fit(index, [.. frameMeans]);
        double maxDeviation = frameMeans.Max(m => Math.Abs(m - level));

        // The largest deviation is an extreme of n frames, not a mean: its error is the single-frame scatter
        // (the fit residual), which says how much of it the next stack would reproduce. In electrons it also carries
        // the gain's error (the algebra's product rule).
        var deviation = new Quantity(maxDeviation, Unit.Adu, fit.ResidualStd);
        Quantity? inElectrons = gainEPerAdu is { } g ? deviation * g : null;
        return new BiasStabilityResult(
            new Quantity(level, Unit.Adu, spread / Math.Sqrt(n)),
            fit.SlopeIn(Unit.AduPerFrame),
            deviation,
            inElectrons,
            fit);
    }
}
