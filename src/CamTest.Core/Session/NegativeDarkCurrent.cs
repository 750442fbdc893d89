using System.Globalization;
using CamTest.Core.Analysis;
using CamTest.Core.Diagnostics;

namespace CamTest.Core.Session;

/// <summary>
/// A dark current below zero by more than its error cannot be true: thermal charge only accumulates. It is a finding
/// (a lit frame among the darks, a light leak, darks whose exposures were mislabelled), so the rate is withheld and
/// the brightest stack of the line (the one out of order) is named in the warning.
/// </summary>
public static class NegativeDarkCurrent
{
    /// <returns>The result unchanged, with a negative noise-method figure removed; or null when the mean-method rate is
    /// negative (then a warning names the file).</returns>
    public static Diagnosed<DarkCurrentResult?> Check(DarkCurrentResult r, IReadOnlyList<OpenedEntry> darks, string? biasLabel, double? biasLevelAdu)
    {
        var raised = new RaisedDiagnostics();
        if (IsNegative(r.FromMeanAdu.Value, r.FromMeanAdu.StdErr))
        {
            // The bias is a point of the line only when the darks have one exposure.
            var candidates = darks.Select(d => (d.Label, Mean: r.Levels.FirstOrDefault(l => l.ExposureS * 1000 == d.ExposureMs)?.MeanAdu ?? double.NaN, d.ExposureMs)).ToList();
            if (biasLabel is not null && biasLevelAdu is double b && r.Levels.Select(l => l.ExposureS).Distinct().Count() < 2)
            {
                candidates.Add((biasLabel, b, 0));
            }

            (string label, double mean, double? exposure) = candidates.MaxBy(c => c.Mean);
            raised.Add(DarkDiagnostics.NegativeRate.Raise(string.Create(CultureInfo.InvariantCulture,
                $"{label}: the dark signal falls with exposure ({r.FromMeanAdu.Value:G4} ± {r.FromMeanAdu.StdErr:G2} ADU/pixel/s, below zero by more than its error), which no dark current does; {Path.GetFileName(label)} ({exposure:G6} ms, mean {mean:F2} ADU) is the brightest of the line: a lit frame, a light leak, a mislabelled exposure, or an offset drifting between the stacks by more than the dark signal they hold. The dark current is withheld"))
                with { Section = "darkCurrent", File = label, ExposureMs = exposure });
            return raised.With<DarkCurrentResult?>(null);
        }

        if (r.FromMeanAdu.Value < 0)
        {
            // Below zero within its error: kept (a camera with no measurable dark current gives this half the time),
            // but said, so that nobody reads a negative rate as a property of the sensor.
            string text = r.FromMeanAdu.StdErr is double e
                ? string.Create(CultureInfo.InvariantCulture, $"dark current {r.FromMeanAdu.Value:G3} ± {e:G2} ADU/pixel/s: below zero within its error, so consistent with zero; read it as below about {2 * e:G2} ADU/pixel/s (two standard errors), and take longer darks to measure it")
                : string.Create(CultureInfo.InvariantCulture, $"dark current {r.FromMeanAdu.Value:G3} ADU/pixel/s without a standard error: below zero, which no dark current is; no upper bound can be given without the error; take longer darks to measure it");
            raised.Add(DarkDiagnostics.ConsistentWithZero.Raise(text)
                with { Section = "darkCurrent" });
        }

        if (r.FromNoiseAdu2 is { } noise && IsNegative(noise.Value, noise.StdErr))
        {
            raised.Add(DarkDiagnostics.NegativeRate.Raise(string.Create(CultureInfo.InvariantCulture,
                $"the dark variance falls with exposure ({noise.Value:G4} ± {noise.StdErr:G2} ADU^2/pixel/s, below zero by more than its error): the read variance subtracted does not belong to these darks; the noise-method dark current is withheld"))
                with { Section = "darkCurrent", File = darks.Count > 0 ? darks[0].Label : null });
            return raised.With<DarkCurrentResult?>(r with { FromNoise = null, FromNoiseAdu2 = null });
        }

        return raised.With<DarkCurrentResult?>(r);
    }

    /// <summary>Below zero by more than its error. With an unknown error nothing says by how much (an unknown error is
    /// not 0): such a rate is kept and said to be below zero without a bound (the consistent-with-zero branch).</summary>
    private static bool IsNegative(double value, double? stdErr) => stdErr is double e && value < -e;
}
