using CamTest.History.Trends;

namespace CamTest.History.Tests;

/// <summary>The alarm rules on series written by hand, where the month each fires can be worked out on paper.</summary>
public sealed class AlarmRulesTests
{
    private static TrendSeries Series(string figure, params (double Value, double StdErr)[] runs)
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        TrendPoint[] points = [.. runs.Select((r, i) => new TrendPoint(i + 1, start.AddDays(i * TrendPoint.DaysPerMonth), i, r.Value, r.StdErr))];
        return new TrendSeries(figure, string.Empty, "u", points, TrendFit.Of(points));
    }

    [Fact]
    public void Em_gain_alarm_needs_both_the_fraction_and_the_significance()
    {
        // 100 -> 79 is below 80 % but within 4 errors of 100 (error sqrt(2) x 6 = 8.5; 21 < 34): no alarm.
        Assert.Null(AlarmRules.Check(Series("emGain.factor", (100, 6), (90, 6), (79, 6)), TrendSettings.Default));
        // 100 -> 85 is 15 errors down but above 80 %: no alarm; 100 -> 79.9 with errors of 1: alarm at that run.
        Alarm? alarm = AlarmRules.Check(Series("emGain.factor", (100, 1), (85, 1), (79.9, 1), (70, 1)), TrendSettings.Default);
        Assert.NotNull(alarm);
        Assert.Equal(3, alarm.FirstRun);
        Assert.Equal([1L, 3L], alarm.Runs);
        Assert.Equal(-20.1, alarm.Change.Value, 9);
        Assert.Equal(-20.1, alarm.ChangePercent!.Value, 9);
        Assert.Equal(20.1 / Math.Sqrt(2), alarm.Significance!.Value, 9);
        Assert.Equal(Math.Sqrt(2), alarm.Change.StdErr!.Value, 12); // the difference's error from the algebra: sqrt(1 + 1)
        // A stricter fraction moves it: at 70 % the fourth run is the first below.
        Assert.Equal(4, AlarmRules.Check(Series("emGain.factor", (100, 1), (85, 1), (79.9, 1), (69, 1)), new TrendSettings(EmGainFraction: 0.7))!.FirstRun);
    }

    [Fact]
    public void Em_gain_without_standard_errors_is_judged_on_the_fraction_alone_and_says_so()
    {
        // Runs that state no error (a results.json written without one): the change's error stays unknown, never 0, so
        // no "infinite" significance is printed; the fall below 80 % alone raises the alarm, and the message says why.
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        TrendPoint[] points = [new(1, start, 0, 100, null), new(2, start.AddDays(30), 1, 90, 1), new(3, start.AddDays(60), 2, 75, 1)];
        Alarm alarm = AlarmRules.Check(new TrendSeries("emGain.factor", string.Empty, "u", points, TrendFit.Of(points)), TrendSettings.Default)!;

        Assert.Equal(3, alarm.FirstRun);
        Assert.Equal(-25, alarm.Change.Value, 12);
        Assert.Null(alarm.Change.StdErr);
        Assert.Null(alarm.Significance);
        Assert.Contains("standard error unknown", alarm.Message, StringComparison.Ordinal);
        Assert.Contains("100 (no standard error)", alarm.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rising_figure_fires_at_the_first_run_whose_fitted_slope_is_beyond_four_errors()
    {
        // Noise-free points rising 0.5 a month with errors of 1: after k months the fitted slope's error is
        // 1/sqrt(sum (t - mean t)^2); z = 0.5 / that is 0.71, 1.12, 1.58, 2.09, 2.65, 3.24, 3.87, 4.54 for k = 2 .. 9.
        (double, double)[] runs = [.. Enumerable.Range(0, 12).Select(i => (10 + (0.5 * i), 1.0))];

        Alarm alarm = AlarmRules.Check(Series("darkCurrent.rate", runs), TrendSettings.Default)!;

        Assert.Equal(AlarmRules.Rising, alarm.Rule);
        Assert.Equal(10, alarm.FirstRun); // k = 9, the tenth run
        Assert.Equal(10, alarm.Runs.Count);
        Assert.Equal(4.5, alarm.Change.Value, 9); // 0.5 a month over 9 months
        Assert.Equal(45, alarm.ChangePercent!.Value, 9);
    }

    [Fact]
    public void A_falling_noise_figure_is_not_rising_but_a_falling_bias_is_drifting()
    {
        (double, double)[] falling = [.. Enumerable.Range(0, 12).Select(i => (100 - (2.0 * i), 1.0))];

        Assert.Null(AlarmRules.Check(Series("readNoise.rms", falling), TrendSettings.Default));
        Alarm drift = AlarmRules.Check(Series("bias.level", falling), TrendSettings.Default)!;
        Assert.Equal(AlarmRules.Drifting, drift.Rule);
        Assert.True(drift.Change.Value < 0);
        Assert.Contains("drifted down", drift.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_that_scatter_more_than_their_errors_say_widen_the_slope_error_instead_of_raising_an_alarm()
    {
        // Errors stated as 0.1, but the runs jump by +-2: a slope of 0.3 a month is no trend at that scatter.
        (double, double)[] runs = [.. Enumerable.Range(0, 12).Select(i => (50 + (0.3 * i) + (i % 2 == 0 ? 2.0 : -2.0), 0.1))];

        TrendFit fit = TrendFit.Of(Series("readNoise.rms", runs).Points)!;

        Assert.True(fit.ScatterRatio > 10, $"scatter ratio {fit.ScatterRatio}");
        Assert.Null(AlarmRules.Check(Series("readNoise.rms", runs), TrendSettings.Default));
    }

    [Fact]
    public void Figures_without_a_rule_raise_nothing_however_they_change()
    {
        Assert.Null(AlarmRules.Check(Series("gain.systemGain", (1, 0.01), (2, 0.01), (3, 0.01), (4, 0.01)), TrendSettings.Default));
    }
}
