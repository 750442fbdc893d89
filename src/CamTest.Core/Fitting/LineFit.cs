namespace CamTest.Core.Fitting;

/// <summary>
/// A fitted straight line y = Intercept + Slope x with the standard errors of both parameters. For a line forced
/// through the origin, Intercept and its error are zero.
/// </summary>
public sealed record LineFit(
    double Slope,
    double Intercept,
    double SlopeStdErr,
    double InterceptStdErr,
    double SlopeInterceptCovariance,
    int Count,
    int DegreesOfFreedom,
    double ResidualStd)
{
    public double Predict(double x) => Intercept + (Slope * x);
}
