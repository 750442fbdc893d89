using CamTest.Core.Fitting;
using CamTest.History.Recording;
using CamTest.History.Storage;
using CamTest.History.Trends;
using CamTest.TestSupport;

namespace CamTest.History.Tests;

/// <summary>
/// The must-show of the camera history: twelve monthly sessions of a simulated EMCCD whose EM gain falls 3 % a month
/// raise the EM gain alarm at the month the rule predicts, with the fitted rate within its error of the truth; twelve
/// sessions of a stable camera raise none. Recorded into, and read back from, both databases.
/// </summary>
[Collection(HistoryDatabases.Name)]
public sealed class AgeingTrendTests(PostgresServer server, AgeingSeries series) : IClassFixture<AgeingSeries>
{
    [Theory, SqliteDatabase, PostgresDatabase]
    public void Em_gain_falling_three_percent_a_month_fires_the_alarm_at_the_predicted_month_with_the_true_rate(string kind)
    {
        CameraTrend trend = Record(kind, series.Falling);
        TrendSettings rule = trend.Settings;

        // The month the rule predicts, from the true gains and the errors the analysis states (the rule's own inputs).
        IReadOnlyList<AgeingSeries.Session> s = series.Falling;
        double s0 = AgeingSeries.EmGain(s[0]).StdErr;
        int predicted = Enumerable.Range(1, s.Count - 1).First(n =>
        {
            double sn = AgeingSeries.EmGain(s[n]).StdErr;
            return s[n].TrueEmGain < rule.EmGainFraction * s[0].TrueEmGain
                && s[0].TrueEmGain - s[n].TrueEmGain > rule.Significance * Math.Sqrt((s0 * s0) + (sn * sn));
        });
        Assert.Equal(7, predicted); // 300 x (1 - 0.03 x 7) = 237 < 240 = 80 % of 300; month 6 gives 246
        // The prediction holds for measured values too: at months 6 and 7 the truth stands more than 3 standard errors
        // (of G_n - f G_0, the errors as stated) from the 80 % line, so noise cannot move the month.
        foreach (int n in new[] { predicted - 1, predicted })
        {
            double sn = AgeingSeries.EmGain(s[n]).StdErr;
            double margin = Math.Abs(s[n].TrueEmGain - (rule.EmGainFraction * s[0].TrueEmGain));
            Assert.True(margin > 3 * Math.Sqrt((sn * sn) + Math.Pow(rule.EmGainFraction * s0, 2)), $"month {n}: margin {margin} too small for a firm prediction");
        }

        Alarm alarm = Assert.Single(trend.Alarms);
        Assert.Equal(("emGain.factor", AlarmRules.EmGainFallOff), (alarm.Figure, alarm.Rule));
        Assert.Equal(s[predicted].Acquired, alarm.FirstAcquired);
        Assert.Equal([trend.Runs[0].Id, trend.Runs[predicted].Id], alarm.Runs);
        Assert.Equal(AgeingSeries.EmGain(s[predicted]).Value - AgeingSeries.EmGain(s[0]).Value, alarm.Change.Value, 1e-9);

        // The fitted rate against the true one on the same time axis (mean months between the sessions' dates).
        TrendSeries em = trend.Trends.Single(t => t.Figure == "emGain.factor");
        TrendFit fit = em.Fit!;
        LineFit truth = LinearRegression.Fit([.. em.Points.Select(p => p.Months)], [.. s.Select(x => x.TrueEmGain)]);
        Assert.InRange(truth.Slope, -9.1, -8.9); // 3 % of 300 a calendar month, in mean months
        // Within 3 standard errors of the slope (a 0.3 % chance of failing for an honest error).
        Assert.True(Math.Abs(fit.SlopePerMonth - truth.Slope) < 3 * fit.SlopeStdErr,
            $"fitted {fit.SlopePerMonth:F3} ± {fit.SlopeStdErr:F3} /month, true {truth.Slope:F3}");
        Assert.True(fit.SlopeStdErr < 0.1 * Math.Abs(truth.Slope), "the fit should measure the rate to better than 10 %");
    }

    [Theory, SqliteDatabase, PostgresDatabase]
    public void A_stable_camera_over_twelve_months_raises_no_alarm(string kind)
    {
        CameraTrend trend = Record(kind, series.Stable);

        Assert.Empty(trend.Alarms);
        Assert.Equal(AgeingSeries.Months, trend.Runs.Count);
        // The rules were really checked: the figures they watch are there, a series of twelve each.
        foreach (string figure in AlarmRules.ByFigure.Keys.Where(k => k != "readNoise.median"))
        {
            Assert.Equal(AgeingSeries.Months, trend.Trends.Single(t => t.Figure == figure).Points.Count);
        }
    }

    private CameraTrend Record(string kind, IReadOnlyList<AgeingSeries.Session> sessions)
    {
        HistoryStore store = HistoryStore.Open(HistoryDatabases.NewTarget(server, kind, "ageing"));
        store.Add([.. sessions.Select(s => RunReader.Read(s.ResultsJson, $"month{s.Month}"))]);
        CameraSummary camera = Assert.Single(store.Cameras());
        return TrendAnalysis.Build(camera.Camera, store.Runs(camera.Id), TrendSettings.Default);
    }
}
