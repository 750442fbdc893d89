using CamTest.Simulation.Emva;

namespace CamTest.Cli.Tests.Emva;

/// <summary>
/// Simulated cameras of known K and QE through <c>camtest emva</c>: each figure must land within 3 of its own standard
/// errors of the truth (3 sigma: a fixed seed, so a pass is not luck, and an honest error covers the truth at this
/// level 99.7 % of the time), and the error must be small enough to mean something (under 2 %). 96 x 96 pixels keep
/// each run under a second or two.
/// </summary>
public class EmvaSimulatorRoundTripTests
{
    [Fact]
    public void Exposure_sweep_recovers_k_and_qe_within_their_standard_errors()
    {
        EmvaSimulatedMeasurement m = SimulatedEmva.Write("emva-sim-exposure", new EmvaSimulationOptions { Points = 30 });
        using EmvaRun r = EmvaRun.Of(m.DescriptorPath, "emva-sim-exposure-out");

        Assert.Equal(0, r.Run.ExitCode);
        AssertCovers(m.TrueSystemGain, r, "systemGain");
        AssertCovers(100 * m.TrueQuantumEfficiency, r, "quantumEfficiency");
        // The dark current (50 e-/s) from the dark pairs at every exposure; its error is large with 12 ms exposures.
        Assert.True(r.Has("darkCurrentFromMean"));
        Assert.True(r.Has("dsnu") && r.Has("prnu"));
    }

    [Fact]
    public void A_response_bending_near_saturation_still_gives_k_from_its_linear_part()
    {
        // Linear up to 3200 e-, then bending over towards a 5000 e- full well: past 3200 e- the output grows ever more
        // slowly, so its variance falls (gain compression) and saturation comes at the start of the bend, not at the full
        // well. K's fit stops at 70 % of that, in the linear part; a fit through the bend would come out low.
        var camera = SimulatedEmva.Camera with { LinearFullWellE = 3200 };
        EmvaSimulatedMeasurement m = SimulatedEmva.Write("emva-sim-bend", new EmvaSimulationOptions { Points = 40 }, camera);
        using EmvaRun r = EmvaRun.Of(m.DescriptorPath, "emva-sim-bend-out");

        Assert.Equal(0, r.Run.ExitCode);
        AssertCovers(m.TrueSystemGain, r, "systemGain");
        AssertCovers(100 * m.TrueQuantumEfficiency, r, "quantumEfficiency");
        Assert.InRange(r.Value("saturationCapacity"), 2800, 3800);
        Assert.Equal("maximum of the temporal variance", r.Emva.GetProperty("saturation").GetProperty("rule").GetString());
        System.Text.Json.JsonElement[] points = [.. r.Emva.GetProperty("points").EnumerateArray()];
        double lastFitted = points.Where(p => p.GetProperty("inGainFit").GetBoolean()).Max(p => p.GetProperty("signalDn").GetProperty("value").GetDouble());
        Assert.True(lastFitted < 3200 / 1.5, $"K's fit reaches {lastFitted} DN, into the bend at {3200 / 1.5} DN");
    }

    [Fact]
    public void Illumination_sweep_at_one_exposure_recovers_k_and_qe()
    {
        EmvaSimulatedMeasurement m = SimulatedEmva.Write("emva-sim-light", new EmvaSimulationOptions { Sweep = EmvaSweep.Illumination, Points = 30 });
        using EmvaRun r = EmvaRun.Of(m.DescriptorPath, "emva-sim-light-out");

        Assert.Equal(0, r.Run.ExitCode);
        AssertCovers(m.TrueSystemGain, r, "systemGain");
        AssertCovers(100 * m.TrueQuantumEfficiency, r, "quantumEfficiency");
        // One dark exposure: every point uses that dark exactly (no interpolation), and no dark current can be measured.
        Assert.DoesNotContain("emva.dark-interpolated", r.Codes);
        Assert.False(r.Has("darkCurrentFromMean"));
        Assert.Contains(r.Emva.GetProperty("notMeasured").EnumerateArray(), n => n.GetProperty("figures")[0].GetString() == "darkCurrentFromMean");
        Assert.Equal("photons", r.Emva.GetProperty("linearityAgainst").GetString());
    }

    private static void AssertCovers(double truth, EmvaRun r, string key)
    {
        double value = r.Value(key), error = r.StdErr(key);
        Assert.True(error > 0 && error < 0.02 * Math.Abs(value), $"{key}: standard error {error} of {value}");
        Assert.True(Math.Abs(value - truth) <= 3 * error, $"{key}: {value} ± {error}, truth {truth}");
    }
}
