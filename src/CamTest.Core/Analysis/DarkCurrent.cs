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
        Quantity fromMean;
        LineFit meanLine;
        if (x.Count == 2)
        {
            (fromMean, meanLine) = TwoPointLine(x, means);
        }
        else
        {
            meanLine = LinearRegression.Fit([.. x], [.. y]);
            fromMean = meanLine.SlopeIn(Unit.AduPerPixelPerSecond);
        }

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

    /// <summary>The line through two points, its errors from the points' own (no scatter to estimate them from):
    /// slope (m1 - m0)/dt, intercept (x1 m0 - x0 m1)/dt, both through the one propagation rule. The slope is returned
    /// as the figure the algebra made (with its derived unit) and, with the intercept, as the line; an unknown error
    /// is NaN in the line, which reads it back as unknown (<see cref="LineFit.SlopeIn"/>). No degree of freedom is left.</summary>
    private static TwoPoints TwoPointLine(List<double> x, List<Quantity> means)
    {
        double dt = x[1] - x[0];
        Quantity slope = (means[1] - means[0]).Per(Unit.Pixel) / Quantity.Exact(dt, Unit.Second);
        Quantity intercept = (means[0] * (x[1] / dt)) - (means[1] * (x[0] / dt));
        // Cov(intercept, slope) = -(x1 e0^2 + x0 e1^2) / dt^2 from the same two independent means.
        double e0 = means[0].StdErr ?? double.NaN, e1 = means[1].StdErr ?? double.NaN;
        double covariance = -((x[1] * e0 * e0) + (x[0] * e1 * e1)) / (dt * dt);
        var line = new LineFit(
            slope.Value, intercept.Value, slope.StdErr ?? double.NaN, intercept.StdErr ?? double.NaN, covariance,
            Count: 2, DegreesOfFreedom: 0, ResidualStd: double.NaN);
        return new TwoPoints(slope, line);
    }

    /// <summary>The two-point line's slope as a figure, and the line.</summary>
    private readonly record struct TwoPoints(Quantity Slope, LineFit Line);

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
