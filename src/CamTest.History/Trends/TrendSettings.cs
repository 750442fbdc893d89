namespace CamTest.History.Trends;

/// <summary>The thresholds of the alarm rules (<see cref="AlarmRules"/>).</summary>
/// <param name="EmGainFraction">The EM gain alarm needs the gain below this fraction of its first measurement (0.8: 80 %).</param>
/// <param name="Significance">How many standard errors a change must exceed to count as real (3: a chance of about
/// 1 in 700 per look, one-sided, for honest errors).</param>
public sealed record TrendSettings(double EmGainFraction = 0.8, double Significance = 3)
{
    public static TrendSettings Default { get; } = new();
}
