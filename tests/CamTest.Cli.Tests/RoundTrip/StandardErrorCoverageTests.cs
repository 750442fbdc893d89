using CamTest.Core.Results;
using CamTest.Simulation.Truth;
using Xunit.Abstractions;

namespace CamTest.Cli.Tests.RoundTrip;

/// <summary>
/// Honest error bars: over the ten simulated sessions, (estimate - truth) / stderr should behave like a standard
/// normal deviate, so about 95 % of them fall within 2 and nearly all within 3. Checked for the gain, the read noise
/// and the dark current from the mean. Not yet for the dark current from the noise method (z up to 3.9: its error
/// leaves something out) nor the EM gain ratio (z 5.2, 2.4: clock-induced charge biases the protocol's ratio at the
/// short amplified exposure); both are printed here and open in issue 4.
/// </summary>
public class StandardErrorCoverageTests(ITestOutputHelper output)
{
    [Fact]
    public void Reported_standard_errors_cover_the_truth_about_as_often_as_they_claim()
    {
        var z = new List<(string Figure, double Z)>();
        foreach (object[] row in SimulatorRoundTripTests.Sessions())
        {
            (SimulationTruth t, CameraResults r) = SimulatedRoundTrip.Of((string)row[0], (ulong)row[1]);
            string id = $"{row[0]}/{row[1]}";
            Add(z, $"{id} gain", r.Gain!.SystemGain, t.Gain["systemGain"].Value);
            Add(z, $"{id} read noise", r.ReadNoise!.Rms!, t.ReadNoise["rms"].Value);
            Add(z, $"{id} dark current", r.DarkCurrent!.Rate, t.DarkCurrent["rate"].Value);
            Report($"{id} dark current (noise method, not asserted)", r.DarkCurrent.RateFromNoise!, t.DarkCurrent["rate"].Value);
            if (t.EmGain is { } em)
            {
                Report($"{id} EM gain (ratio, not asserted)", r.EmGain!.Factor, em["factor"].Value);
            }
        }

        foreach ((string figure, double value) in z)
        {
            output.WriteLine($"{figure,-40} z = {value,6:F2}");
        }

        // With n = 30 z-scores the count beyond 2 is binomial(30, 0.046): mean 1.4, sd 1.1, so more than 5 (mean +
        // 3.2 sd) means the errors are too small. Beyond 4 a normal deviate essentially never goes (p = 6e-5).
        int beyond2 = z.Count(v => Math.Abs(v.Z) > 2);
        Assert.True(beyond2 <= 5, $"{beyond2} of {z.Count} estimates lie beyond 2 standard errors");
        Assert.DoesNotContain(z, v => Math.Abs(v.Z) > 4);
    }

    private void Report(string figure, Quantity q, double truth) =>
        output.WriteLine($"{figure,-48} z = {(q.Value - truth) / q.StdErr!.Value,6:F2}");

    private static void Add(List<(string, double)> z, string figure, Quantity q, double truth) =>
        z.Add((figure, (q.Value - truth) / q.StdErr!.Value));
}
