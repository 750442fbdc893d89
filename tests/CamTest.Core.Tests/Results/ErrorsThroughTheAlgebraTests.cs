using CamTest.Core.Analysis;
using CamTest.Core.Calculators;
using CamTest.Core.Emva;
using CamTest.Core.Results;

namespace CamTest.Core.Tests.Results;

/// <summary>
/// Issue 9: the errors once written by hand now go through <see cref="Quantity"/>. Each keeps its first-order formula
/// (checked against the analytic value to 1e-12 relative, a few rounding steps of a double) and an unknown input error
/// now stays unknown through it instead of becoming a number.
/// </summary>
public class ErrorsThroughTheAlgebraTests
{
    /// <summary>A few roundings of a double apart: the same formula evaluated in another order.</summary>
    private const double Relative = 1e-12;

    [Fact]
    public void Frame_rate_is_one_frame_per_interval_with_the_error_of_a_reciprocal()
    {
        // 10 ms +- 0.2 ms: 100 frames/s, d(1/t) = dt / t^2 = 1000 x 0.2 / 10^2 = 2 frames/s.
        Quantity rate = FrameTiming.RateOf(new Quantity(10, Unit.Millisecond, 0.2));
        Assert.Equal(Unit.FramesPerSecond, rate.Unit);
        AssertClose(100, rate.Value);
        AssertClose(2, rate.StdErr!.Value);
        Assert.Null(FrameTiming.RateOf(Quantity.WithUnknownError(10, Unit.Millisecond)).StdErr);
    }

    [Fact]
    public void Read_noise_from_a_map_is_the_root_of_the_mean_variance_with_the_roots_error()
    {
        // sigma 1, 2, 3, 4 ADU: variances 1, 4, 9, 16, mean 7.5, sample sd sqrt(129 / 3) = sqrt(43), SE sqrt(43) / 2;
        // rms sqrt(7.5), its error SE / (2 sqrt(7.5)).
        ReadNoiseResult r = ReadNoise.FromMap([1, 2, 3, 4]);
        AssertClose(Math.Sqrt(7.5), r.RmsAdu.Value);
        AssertClose(Math.Sqrt(43) / 2 / (2 * Math.Sqrt(7.5)), r.RmsAdu.StdErr!.Value);
        Assert.Equal(Unit.Adu, r.RmsAdu.Unit);

        // One pixel gives no spread over pixels: the error is unknown, not 0.
        Assert.Null(ReadNoise.FromMap([2]).RmsAdu.StdErr);
    }

    [Fact]
    public void Prnu_percent_carries_the_variance_error_through_the_root()
    {
        // variance 4 +- 0.4 over a mean of 50: 100 x 2 / 50 = 4 %, error 100 x 0.4 / (2 x 2 x 50) = 0.2 %.
        Quantity prnu = PhotoResponseNonUniformity.Percent(4, 50, 0.4)!;
        Assert.Equal(Unit.Percent, prnu.Unit);
        AssertClose(4, prnu.Value);
        AssertClose(0.2, prnu.StdErr!.Value);
        Assert.Null(PhotoResponseNonUniformity.Percent(4, 50, double.NaN)!.StdErr);
        Assert.Null(PhotoResponseNonUniformity.Percent(4, 50, double.PositiveInfinity)!.StdErr);
    }

    [Fact]
    public void Single_point_gain_carries_the_variance_sampling_error_through_the_quotient()
    {
        // (1100 - 100) / (20^2 / 2) = 5 e-/ADU; 10,001 pixels: relative variance error sqrt(2 / 10,000), so 5 sqrt(2e-4).
        CalculatorResult g = SinglePointGain.Compute(100, 1100, 1100, 20, 10_001);
        AssertClose(5, g.Quantity.Value);
        AssertClose(5 * Math.Sqrt(2e-4), g.Quantity.StdErr!.Value);
        Assert.Null(SinglePointGain.Compute(100, 1100, 1100, 20).Quantity.StdErr);
    }

    [Theory]
    [InlineData(101, 100)]
    [InlineData(-101, -100)]
    public void Emva_linearity_deviation_is_percent_of_the_line_with_the_signal_error_over_its_size(double signal, double fitted)
    {
        // 1 % off the line either way; error 100 x 0.5 / |fitted| = 0.5 %.
        Quantity d = CamTest.Core.Fitting.LineDeviation.Percent(new Quantity(signal, Unit.Adu, 0.5), fitted);
        Assert.Equal(Unit.Percent, d.Unit);
        AssertClose(1, d.Value);
        AssertClose(0.5, d.StdErr!.Value);
        Assert.Null(CamTest.Core.Fitting.LineDeviation.Percent(Quantity.WithUnknownError(signal, Unit.Adu), fitted).StdErr);
    }

    /// <summary>
    /// Issue 9, criteria: the verdicts read the protocol's one declaration, the one the report shows beside the figure,
    /// and a limit is exact (error 0), not an unknown error.
    /// </summary>
    [Fact]
    public void Verdicts_read_the_criteria_the_report_shows_and_a_limit_is_exact()
    {
        FigureCriterion bias = ProtocolCriteria.BiasDeviation;
        Assert.Equal(0, bias.LimitQuantity.StdErr);
        Assert.True(BiasVerdict(bias.Limit));
        Assert.False(BiasVerdict(Math.BitIncrement(bias.Limit)));
        Assert.Equal(ProtocolCriteria.GainLinearity.LimitQuantity.In(Unit.Percent).Value, PhotonTransferResult.LinearityLimitPercent);
    }

    /// <summary>The verdict of a bias whose largest deviation is <paramref name="electrons"/>: 1 e-/ADU, one frame off.</summary>
    private static bool? BiasVerdict(double electrons)
    {
        double[] means = [.. Enumerable.Range(0, 101).Select(i => 100.0)];
        BiasStabilityResult r = BiasStability.Analyze(means, new Quantity(1, Unit.ElectronsPerAdu, 0));
        return (r with { MaxDeviationElectrons = new Quantity(electrons, Unit.Electron, 0) }).Pass;
    }

    private static void AssertClose(double expected, double actual) =>
        Assert.InRange(actual, expected - (Math.Abs(expected) * Relative), expected + (Math.Abs(expected) * Relative));
}
