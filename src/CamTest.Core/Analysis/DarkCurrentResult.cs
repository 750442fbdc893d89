using CamTest.Core.Results;

namespace CamTest.Core.Analysis;

/// <summary>Dark current two ways: from the growth of the dark mean and from the growth of the dark shot noise.</summary>
/// <param name="FromMean">Slope of dark mean against exposure, times the gain: e-/pixel/s.</param>
/// <param name="FromNoise">Dark shot variance (total minus read variance, in quadrature) per second, times gain^2: e-/pixel/s.</param>
public sealed record DarkCurrentResult(Quantity FromMean, Quantity? FromNoise, IReadOnlyList<DarkLevel> Levels);
