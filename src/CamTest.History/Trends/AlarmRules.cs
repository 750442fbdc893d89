using System.Globalization;
using CamTest.Core.Results;
using CamTest.History.Recording;
namespace CamTest.History.Trends;

/// <summary>
/// When a series raises an alarm. The runs of a series are read in time order, r_0 (the first) .. r_n, and each rule is
/// checked as it would have been when each run was added; the alarm fires at the first run k where the rule holds
/// (z = <see cref="TrendSettings.Significance"/>, 4 by default):
/// <list type="bullet">
/// <item><b>em-gain-fall-off</b> (emGain.factor, per EM gain set point): G_k &lt; f G_0 and G_0 - G_k &gt; z sqrt(s_0^2 + s_k^2),
/// where G is the measured gain, s its standard error, f = <see cref="TrendSettings.EmGainFraction"/> (0.8). Both must hold:
/// fallen below the fraction, and by more than the errors can explain (when a run states no error, the fraction alone, and
/// the alarm says so).</item>
/// <item><b>rising</b> (readNoise.rms, readNoise.median, darkCurrent.rate, hotPixels.count): k &gt;= 2 (three runs at least),
/// and the fitted slope over r_0 .. r_k (<see cref="TrendFit"/>: weighted by the runs' errors, widened when they scatter
/// more) is b &gt; z sigma_b.</item>
/// <item><b>drifting</b> (bias.level): as rising, either way: |b| &gt; z sigma_b.</item>
/// </list>
/// The size of the change is G_k - G_0 for the EM gain, and b (t_k - t_0) with error sigma_b (t_k - t_0) for the fits.
/// </summary>
public static class AlarmRules
{
    public const string EmGainFallOff = "em-gain-fall-off";
    public const string Rising = "rising";
    public const string Drifting = "drifting";

    /// <summary>The figures that carry an alarm, and its rule.</summary>
    public static IReadOnlyDictionary<string, string> ByFigure { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["emGain.factor"] = EmGainFallOff,
        ["readNoise.rms"] = Rising,
        ["readNoise.median"] = Rising,
        ["darkCurrent.rate"] = Rising,
        ["hotPixels.count"] = Rising,
        ["bias.level"] = Drifting,
    };

    /// <summary>The series' alarm, or null when its rule never held (or the figure has no rule).</summary>
    public static Alarm? Check(TrendSeries series, TrendSettings settings)
    {
        if (!ByFigure.TryGetValue(series.Figure, out string? rule))
        {
            return null;
        }

        return rule == EmGainFallOff ? FallOff(series, settings) : Trend(series, settings, rule);
    }

    private static Alarm? FallOff(TrendSeries series, TrendSettings settings)
    {
        IReadOnlyList<TrendPoint> p = series.Points;
        Quantity first = AsQuantity(p[0]);
        for (int k = 1; k < p.Count; k++)
        {
            // The change and its error by the one algebra: a run that states no error leaves the change's unknown, and
            // the rule then holds on the fraction alone, said in the message (never an error of 0 and "infinite" sigmas).
            Quantity change = AsQuantity(p[k]) - first;
            double? sigmas = change.StdErr is double e && e > 0 ? -change.Value / e : null;
            if (p[k].Value < settings.EmGainFraction * p[0].Value && (sigmas is null || sigmas > settings.Significance))
            {
                double percent = 100 * change.Value / p[0].Value;
                string significance = sigmas is double z
                    ? Invariant($"{z:F1} standard errors")
                    : "its standard error unknown (a run states none), so judged on the fraction alone";
                string message = Invariant(
                    $"{series.Label} fell from {Text(p[0])} {series.Unit} (run {p[0].RunId}, {Day(p[0])}) to {Text(p[k])} {series.Unit} (run {p[k].RunId}, {Day(p[k])}): {percent:F1} %, below {settings.EmGainFraction:P0} of the first measurement and {significance}");
                return new Alarm(series.Figure, series.Conditions, EmGainFallOff, p[k].RunId, p[k].Acquired, [p[0].RunId, p[k].RunId],
                    new Figure(series.Figure, change.Value, series.Unit, change.StdErr), percent, sigmas, message);
            }
        }

        return null;
    }

    /// <summary>A run's value as a measured quantity (the unit is the series' own and cancels in a change).</summary>
    private static Quantity AsQuantity(TrendPoint p) => new(p.Value, Unit.One, p.StdErr);

    private static string Text(TrendPoint p) => p.StdErr is double e ? Invariant($"{p.Value:G5} ± {e:G2}") : Invariant($"{p.Value:G5} (no standard error)");

    private static Alarm? Trend(TrendSeries series, TrendSettings settings, string rule)
    {
        IReadOnlyList<TrendPoint> p = series.Points;
        for (int k = 2; k < p.Count; k++)
        {
            TrendPoint[] upTo = [.. p.Take(k + 1)];
            if (TrendFit.Of(upTo) is not { } fit || !(fit.SlopeStdErr > 0))
            {
                continue;
            }

            double z = fit.SlopePerMonth / fit.SlopeStdErr;
            if (rule == Rising ? z > settings.Significance : Math.Abs(z) > settings.Significance)
            {
                double span = p[k].Months - p[0].Months;
                double change = fit.SlopePerMonth * span;
                double? percent = fit.PercentPerMonth is double perMonth ? perMonth * span : null;
                string verb = rule == Rising ? "rose" : change > 0 ? "drifted up" : "drifted down";
                string message = Invariant(
                    $"{series.Label} {verb} by {change:G3} ± {fit.SlopeStdErr * span:G2} {series.Unit}{(percent is double pc ? Invariant($" ({pc:+0.0;-0.0} %)") : string.Empty)} from run {p[0].RunId} ({Day(p[0])}) to run {p[k].RunId} ({Day(p[k])}): {fit.SlopePerMonth:G3} ± {fit.SlopeStdErr:G2} {series.Unit} a month over {k + 1} runs, {Math.Abs(z):F1} standard errors");
                return new Alarm(series.Figure, series.Conditions, rule, p[k].RunId, p[k].Acquired, [.. upTo.Select(x => x.RunId)],
                    new Figure(series.Figure, change, series.Unit, fit.SlopeStdErr * span), percent, Math.Abs(z), message);
            }
        }

        return null;
    }

    private static string Day(TrendPoint p) => p.Acquired.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
