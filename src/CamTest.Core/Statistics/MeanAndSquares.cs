namespace CamTest.Core.Statistics;

/// <summary>A mean and the sum of squared deviations from it (M2), as Chan et al.'s merge of two sets gives them
/// (<see cref="PixelSumKernels.Chan"/>).</summary>
public readonly record struct MeanAndSquares(double Mean, double M2);
