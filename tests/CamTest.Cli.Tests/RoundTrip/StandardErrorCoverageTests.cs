using CamTest.Core.Results;
using CamTest.Simulation.Truth;
using Xunit.Abstractions;

namespace CamTest.Cli.Tests.RoundTrip;

/// <summary>
/// Honest error bars: over the ten simulated sessions, (estimate - truth) / stderr should behave like a standard
/// normal deviate, so about 95 % of them fall within 2 and nearly all within 3. Checked for the gain, the read noise,
/// its per-pixel median, the dark current by both methods and the EM gain ratio.
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
            Add(z, $"{id} read noise median", r.ReadNoise.Median!, t.ReadNoise["median"].Value);
            Add(z, $"{id} dark current", r.DarkCurrent!.Rate!, t.DarkCurrent["rate"].Value);
            Add(z, $"{id} dark current (noise)", r.DarkCurrent.RateFromNoise!, t.DarkCurrent["rate"].Value);
            if (t.EmGain is { } em)
            {
                Add(z, $"{id} EM gain", r.EmGain!.Factor, em["factor"].Value);
            }
        }

        foreach ((string figure, double value) in z)
        {
            output.WriteLine($"{figure,-40} z = {value,6:F2}");
        }

        // With n = 52 z-scores the count beyond 2 is binomial(52, 0.046): mean 2.4, sd 1.5, so more than 7 (mean +
        // 3.1 sd) means the errors are too small. Beyond 4 a normal deviate essentially never goes (p = 6e-5).
        int beyond2 = z.Count(v => Math.Abs(v.Z) > 2);
        Assert.True(beyond2 <= 7, $"{beyond2} of {z.Count} estimates lie beyond 2 standard errors");
        Assert.DoesNotContain(z, v => Math.Abs(v.Z) > 4);
    }

    private static void Add(List<(string, double)> z, string figure, Quantity q, double truth) =>
        z.Add((figure, (q.Value - truth) / q.StdErr!.Value));
}
