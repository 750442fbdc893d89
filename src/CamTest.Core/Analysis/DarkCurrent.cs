using CamTest.Core.Fitting;
using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>
/// Dark current in electrons per pixel per second (and in ADU, which is all that can be said without a gain). From the mean: the dark signal grows linearly with exposure, so
/// the slope of dark mean against exposure (with the bias as the zero-exposure point when only one dark exposure was
/// taken) times the gain. From the noise, as the protocol does, but in quadrature: thermal electrons are Poisson, so
/// their variance in e-^2 equals their number, and dark shot variance = total variance - read variance. Noise
/// figures never subtract directly (sqrt(a^2 + b^2) - b is not the dark noise).
/// </summary>
public static class DarkCurrent
{
    public static DarkCurrentResult Analyze(
        IReadOnlyList<DarkLevel> levels, Quantity biasLevelAdu, Quantity readVarianceAdu2, Quantity? gainEPerAdu)
    {
        if (levels.Count == 0)
        {
            throw new InsufficientDataException("dark current needs at least one dark exposure");
        }

        DarkLevel[] ordered = [.. levels.OrderBy(l => l.ExposureS)];
        int exposures = ordered.Select(l => l.ExposureS).Distinct().Count();

        // Mean method. With one exposure the bias (zero exposure) pins the other end of the line.
        var x = ordered.Select(l => l.ExposureS).ToList();
        var y = ordered.Select(l => l.MeanAdu).ToList();
        var means = ordered.Select(l => l.Mean).ToList();
        if (exposures < 2)
        {
            x.Insert(0, 0);
            y.Insert(0, biasLevelAdu.Value);
            means.Insert(0, biasLevelAdu);
        }

        // Ordinary least squares, errors from the scatter: a dark level's own error comes from a pair of frame means
        // (one degree of freedom), far too noisy to weight by.
        // With exactly two points there is no scatter to estimate an error from: the two levels' own errors give it.
        LineFit meanLine = x.Count == 2 ? LinearRegression.ThroughTwoPoints(x[0], means[0], x[1], means[1]) : LinearRegression.Fit([.. x], [.. y]);
        Quantity fromMean = meanLine.SlopeIn(Unit.AduPerPixelPerSecond);

        // Noise method. Several exposures: the slope of variance against exposure (the intercept absorbs read
        // noise), weighted by each variance's known error (absolute weights: a handful of exposures cannot estimate
        // the scatter). One exposure: the protocol's subtraction of the read variance measured on the bias.
        Quantity fromNoise;
        LineFit? noiseLine = null;
        if (exposures >= 2)
        {
            noiseLine = LinearRegression.FitWithErrors(
                [.. ordered.Select(l => l.ExposureS)], [.. ordered.Select(l => l.VarianceAdu2)], [.. ordered.Select(l => l.Variance.StdErr ?? double.NaN)]);
            fromNoise = noiseLine.SlopeIn(Unit.Adu2PerPixelPerSecond);
        }
        else
        {
            // A read variance of unknown error (calibration maps) leaves the rate's error unknown, not the dark's alone.
            DarkLevel d = ordered[0];
            Quantity shot = d.Variance - readVarianceAdu2;
            fromNoise = shot.Per(Unit.Pixel) / Quantity.Exact(d.ExposureS, Unit.Second);
        }

        // A single exposure without a bias has no read variance to subtract: no noise-method figure.
        Quantity? noise = double.IsNaN(fromNoise.Value) ? null : fromNoise;
        DarkCurrentResult result = gainEPerAdu is { } g
            ? new DarkCurrentResult(WithGain(fromMean, g, power: 1), noise is null ? null : WithGain(noise, g, power: 2), ordered, fromMean, noise)
            : new DarkCurrentResult(null, null, ordered, fromMean, noise);
        return result with { MeanFit = meanLine, NoiseFit = noise is null ? null : noiseLine };
    }

    /// <summary>
    /// ADU-based rate times gain^power, in e-/pixel/s. For the noise method (power 2) the product is e-^2/pixel/s,
    /// read as e-/pixel/s: thermal electrons are Poisson, their variance in e-^2 is their number (per one e-).
    /// </summary>
    private static Quantity WithGain(Quantity rate, Quantity gain, int power)
    {
        Quantity electrons = rate * gain.Pow(power);
        return power == 2 ? electrons.Per(Unit.Electron) : electrons;
    }
}
