namespace CamTest.Core.Emva;

/// <summary>The mean of a set of values, their variance and the standard error of that variance
/// (<see cref="EmvaSpatialVariance.Spread"/>).</summary>
internal sealed record EmvaSpread(double Mean, double Variance, double VarianceError);
