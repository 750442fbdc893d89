namespace CamTest.Core.Analysis;

/// <summary>The EM gain range the protocol advises for a read noise: 4-5 x the rms read noise in electrons, capped at
/// <see cref="EmGain.MaximumAdvised"/>.</summary>
public readonly record struct AdvisedEmGain(double Low, double High);
