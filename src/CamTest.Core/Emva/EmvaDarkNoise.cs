using CamTest.Core.Fitting;
using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// The temporal dark noise of EMVA 1288. sigma_y.dark^2 is the dark variance without dark-current shot noise: the
/// intercept at zero exposure of a line through the dark variances when three or more dark exposures were taken (as the
/// reference implementation does), else the variance at the shortest (or only) dark exposure.
/// sigma_d = sqrt(sigma_y.dark^2 - 1/12) / K takes the quantisation noise (1/12 DN^2) off. Below 0.24 DN^2 the dark
/// noise cannot be resolved from quantisation (a noiseless signal between two codes still shows 1/4 DN^2): R4 then
/// uses 0.24 DN^2, and sigma_d = sqrt(0.24 - 1/12) / K = 0.40 / K is an upper bound.
/// </summary>
/// <param name="MeasuredVariance">sigma_y.dark^2 as measured, ADU^2.</param>
/// <param name="UsedVariance">What the figures use: the measured variance, or 0.24 ADU^2 when quantisation-limited.</param>
/// <param name="SigmaD">sigma_d, e- (an upper bound when <paramref name="QuantisationLimited"/>).</param>
public sealed record EmvaDarkNoise(Quantity MeasuredVariance, Quantity UsedVariance, Quantity SigmaD, bool QuantisationLimited)
{
    /// <summary>Quantisation noise of a uniform quantiser with a step of 1 DN: 1/12 DN^2.</summary>
    public const double QuantisationVariance = 1.0 / 12;

    /// <summary>The smallest dark variance R4 accepts as resolved, DN^2.</summary>
    public const double ResolvableVariance = 0.24;

    /// <summary>sigma_y.dark, ADU, as measured.</summary>
    public Quantity SigmaY => MeasuredVariance.Sqrt();

    public static EmvaDarkNoise From(IReadOnlyList<EmvaLevel> darks, Quantity k)
    {
        Quantity measured = AtZeroExposure(darks);
        bool limited = measured.Value < ResolvableVariance;
        Quantity used = limited ? Quantity.Exact(ResolvableVariance, Unit.Adu2) : measured;
        Quantity sigmaD = (used - Quantity.Exact(QuantisationVariance, Unit.Adu2)).Sqrt() / k;
        return new EmvaDarkNoise(measured, used, sigmaD, limited);
    }

    private static Quantity AtZeroExposure(IReadOnlyList<EmvaLevel> darks)
    {
        if (darks.Select(d => d.ExposureS).Distinct().Count() < 3)
        {
            EmvaLevel shortest = darks.MinBy(d => d.ExposureS)!;
            return shortest.Variance;
        }

        LineFit line = LinearRegression.Fit([.. darks.Select(d => d.ExposureS)], [.. darks.Select(d => d.Variance.Value)]);
        return line.InterceptIn(Unit.Adu2);
    }
}
