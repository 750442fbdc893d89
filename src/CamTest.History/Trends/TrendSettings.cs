namespace CamTest.History.Trends;

/// <summary>The thresholds of the alarm rules (<see cref="AlarmRules"/>).</summary>
/// <param name="EmGainFraction">The EM gain alarm needs the gain below this fraction of its first measurement (0.8: 80 %).</param>
/// <param name="Significance">How many standard errors a change must exceed to count as real. 4, because every rule is
/// re-checked as each run arrives: over twelve monthly runs of a stable figure with honest errors (themselves uncertain
/// by about 17 %, as from 20-odd frames), a Monte Carlo of the fitted-slope rule gives a false alarm in about 0.1 % of
/// series one-sided and 0.2 % two-sided at z = 4, against 1.3 % and 2.7 % at z = 3 (and a stable camera watches
/// five figures).</param>
public sealed record TrendSettings(double EmGainFraction = 0.8, double Significance = 4)
{
    public static TrendSettings Default { get; } = new();
}
