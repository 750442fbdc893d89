using CamTest.Core.Fitting;
using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>Dark current two ways: from the growth of the dark mean and from the growth of the dark shot noise.</summary>
/// <param name="FromMean">Slope of dark mean against exposure, times the gain: e-/pixel/s (null without a gain).</param>
/// <param name="FromNoise">Dark shot variance (total minus read variance, in quadrature) per second, times gain^2:
/// e-/pixel/s (null without a gain).</param>
/// <param name="FromMeanAdu">The slope itself, ADU/pixel/s: what darks alone can say.</param>
/// <param name="FromNoiseAdu2">The dark shot variance per second, ADU^2/pixel/s (null with one exposure and no read variance).</param>
public sealed record DarkCurrentResult(
    Quantity? FromMean, Quantity? FromNoise, IReadOnlyList<DarkLevel> Levels, Quantity FromMeanAdu, Quantity? FromNoiseAdu2)
{
    /// <summary>The mean method's line, dark mean (ADU) against exposure (s).</summary>
    public LineFit? MeanFit { get; init; }

    /// <summary>The noise method's line over several exposures, dark variance (ADU^2) against exposure (s).</summary>
    public LineFit? NoiseFit { get; init; }
}
