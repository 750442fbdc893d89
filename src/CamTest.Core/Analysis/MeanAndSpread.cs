namespace CamTest.Core.Analysis;

/// <summary>A clipped set's mean and standard deviation (<see cref="ClippedStatistics.MeanAndStd"/>); NaN for both when
/// fewer than 2 values remain.</summary>
public readonly record struct MeanAndSpread(double Mean, double Std);
