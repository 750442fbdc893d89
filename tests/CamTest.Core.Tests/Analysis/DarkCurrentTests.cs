using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.TestSupport;
using CamTest.Core.Session;

namespace CamTest.Core.Tests.Analysis;

public class DarkCurrentTests
{
    private static readonly Quantity Bias = new(100, Unit.Adu, 0.001);
    private static readonly Quantity ReadVariance = new(4, Unit.Adu2, 0.01);
    private static readonly Quantity Gain = new(2, Unit.ElectronsPerAdu, 0.002);

    [SharedDataFact]
    public void Dark_current_on_reference_set_001_matches_the_reference_mean_method()
    {
        // emva1288 fits the dark mean against exposure (offset free) and divides by K: 28.41 e-/s for this set
        // (reference XML). Equal per-level errors make our weighted fit ordinary least squares, as theirs is.
        (_, IReadOnlyList<DarkLevel> dark) = EmvaReferenceSet001.Load();
        var gain = new Quantity(1 / 0.280769, Unit.ElectronsPerAdu, 0);
        DarkCurrentResult result = DarkCurrent.Analyze(dark, Bias, ReadVariance, gain);
        Assert.Equal(28.41, result.FromMean!.Value, 1);
    }

    [Fact]
    public void Both_methods_recover_the_rate_of_an_ideal_sensor()
    {
        // 5 e-/s at 2 e-/ADU: the mean grows 2.5 ADU/s; Poisson variance 5 e-^2/s is 1.25 ADU^2/s.
        DarkLevel[] levels = [.. new[] { 1.0, 5, 10, 30 }.Select(t => DarkLevel.Of(t, 100 + (2.5 * t), 0.01, 4 + (1.25 * t), 0.02))];
        DarkCurrentResult result = DarkCurrent.Analyze(levels, Bias, ReadVariance, Gain);
        Assert.Equal(5, result.FromMean!.Value, 9);
        Assert.Equal(5, result.FromNoise!.Value, 9);
        Assert.Equal("e-/pixel/s", result.FromMean!.Unit.Symbol);
    }

    [Fact]
    public void Both_fitted_lines_are_carried_with_their_intercepts()
    {
        // Mean 100 + 2.5 t ADU and variance 4 + 1.25 t ADU^2 exactly: the lines' intercepts are the offset and the read
        // variance, their slopes the rates (the report draws these, it does not refit).
        DarkLevel[] levels = [.. new[] { 1.0, 5, 10, 30 }.Select(t => DarkLevel.Of(t, 100 + (2.5 * t), 0.01, 4 + (1.25 * t), 0.02))];
        DarkCurrentSection result = ResultsMapper.DarkCurrent(DarkCurrent.Analyze(levels, Bias, ReadVariance, Gain));
        Assert.Equal(100, result.MeanFit!.Intercept.Value, 9);
        Assert.Equal(2.5, result.MeanFit.Slope.Value, 9);
        Assert.Equal(result.RateAdu, result.MeanFit.Slope);
        Assert.Equal(4, result.NoiseFit!.Intercept.Value, 9);
        Assert.Equal(1.25, result.NoiseFit.Slope.Value, 9);
        Assert.Equal(Unit.Adu2, result.NoiseFit.Intercept.Unit);
    }

    [Fact]
    public void With_one_exposure_the_mean_line_runs_from_the_bias_and_there_is_no_noise_line()
    {
        // Bias 100 ADU at 0 s and 175 ADU at 30 s: intercept 100, slope 2.5 ADU/s; the intercept's error is the bias's.
        DarkCurrentSection result = ResultsMapper.DarkCurrent(DarkCurrent.Analyze([DarkLevel.Of(30, 175, 0.01, 41.5, 0.1)], Bias, ReadVariance, Gain));
        Assert.Equal(100, result.MeanFit!.Intercept.Value, 9);
        Assert.Equal(0.001, result.MeanFit.Intercept.StdErr!.Value, 9);
        Assert.Equal(2.5, result.MeanFit.Slope.Value, 9);
        Assert.Null(result.NoiseFit);
    }

    [Fact]
    public void One_exposure_uses_the_bias_as_zero_and_subtracts_read_variance_in_quadrature()
    {
        // 30 s dark: mean 175 ADU -> 75 ADU over bias -> 150 e- -> 5 e-/s. Variance 41.5 = 4 read + 37.5 shot ADU^2
        // -> 150 e-^2 -> 5 e-/s. A plain subtraction of noise figures (sqrt 41.5 - sqrt 4) would say 0.7 e-/s.
        DarkCurrentResult result = DarkCurrent.Analyze([DarkLevel.Of(30, 175, 0.01, 41.5, 0.1)], Bias, ReadVariance, Gain);
        Assert.Equal(5, result.FromMean!.Value, 6);
        Assert.Equal(5, result.FromNoise!.Value, 6);
        Assert.NotNull(result.FromNoise.StdErr);
    }

    [Fact]
    public void One_exposure_with_a_read_variance_of_unknown_error_gives_a_noise_rate_of_unknown_error()
    {
        // The read variance of calibration maps has no error: the shot variance (dark minus read) cannot have one either.
        // It used to count as 0, giving the dark variance's error alone, 0.1 / 30 ADU^2/s: an error that is not true.
        var unknownRead = Quantity.WithUnknownError(4, Unit.Adu2);
        DarkCurrentResult result = DarkCurrent.Analyze([DarkLevel.Of(30, 175, 0.01, 41.5, 0.1)], Bias, unknownRead, Gain);
        Assert.Equal(37.5 / 30, result.FromNoiseAdu2!.Value, 12);
        Assert.Null(result.FromNoiseAdu2.StdErr);
        Assert.Null(result.FromNoise!.StdErr);
        Assert.Equal(5, result.FromNoise.Value, 6);

        // With the error known it is the first-order one: sqrt(0.1^2 + 0.01^2) / 30 ADU^2/s, and in e-/s the gain's 0.1 %
        // twice over (gain squared).
        DarkCurrentResult known = DarkCurrent.Analyze([DarkLevel.Of(30, 175, 0.01, 41.5, 0.1)], Bias, ReadVariance, Gain);
        double shotErr = Math.Sqrt((0.1 * 0.1) + (0.01 * 0.01)) / 30;
        Assert.Equal(shotErr, known.FromNoiseAdu2!.StdErr!.Value, 12);
        Assert.Equal(5 * Math.Sqrt(Math.Pow(shotErr / 1.25, 2) + Math.Pow(2 * 0.001, 2)), known.FromNoise!.StdErr!.Value, 12);
    }

    [Fact]
    public void A_gain_of_unknown_error_leaves_the_rates_in_electrons_of_unknown_error()
    {
        DarkLevel[] levels = [.. new[] { 1.0, 5, 10, 30 }.Select(t => DarkLevel.Of(t, 100 + (2.5 * t), 0.01, 4 + (1.25 * t), 0.02))];
        DarkCurrentResult result = DarkCurrent.Analyze(levels, Bias, ReadVariance, Quantity.WithUnknownError(2, Unit.ElectronsPerAdu));
        Assert.Equal(5, result.FromMean!.Value, 9);
        Assert.Null(result.FromMean.StdErr);
        Assert.Null(result.FromNoise!.StdErr);
        Assert.NotNull(result.FromMeanAdu.StdErr);
    }
}
