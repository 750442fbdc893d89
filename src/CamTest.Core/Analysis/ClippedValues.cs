namespace CamTest.Core.Analysis;

/// <summary>A clipped set's mean and standard deviation, and the range [Low, High] of the values it kept
/// (<see cref="ClippedStatistics.Clip(System.ReadOnlySpan{double})"/>), for further moments of the same set.</summary>
public readonly record struct ClippedValues(double Mean, double Std, double Low, double High);
