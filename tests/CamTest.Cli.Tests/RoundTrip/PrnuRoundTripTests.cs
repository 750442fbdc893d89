using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.Core.Session;
using CamTest.IO.Session;
using CamTest.Simulation;
using CamTest.Simulation.Truth;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests.RoundTrip;

/// <summary>
/// PRNU round trips: the simulator's truth is the realised spread of its per-pixel sensitivity map (truth.json
/// fixedPattern.prnu). The stated standard errors count the pixel sampling of the pattern as well as the temporal noise,
/// so against a realised truth they are if anything conservative; 4 of them make a false alarm about 1 in 15000.
/// </summary>
public class PrnuRoundTripTests
{
    public static TheoryData<string, ulong> Sessions() => new()
    {
        { "scmos-large", 11 }, { "scmos-small", 11 }, { "ccd-interline", 11 }, { "ccd-interline", 12 }, { "astro-cmos", 12 },
    };

    [Theory]
    [MemberData(nameof(Sessions))]
    public void Both_prnu_figures_recover_the_simulated_sensitivity_spread_under_uniform_light(string preset, ulong seed)
    {
        (SimulationTruth truth, CameraResults r) = SimulatedRoundTrip.Of(preset, seed);
        double prnu = truth.FixedPattern["prnu"].Value;
        FixedPatternSection f = r.FixedPattern!;
        WithinStdErrs(f.Prnu!, prnu, 4);
        WithinStdErrs(f.PrnuTotal!, prnu, 4);
        // The errors are small enough to mean something: under 3 % of the value.
        Assert.True(f.Prnu!.RelativeStdErr < 0.03, $"{f.Prnu} is too loose to test");
        // The level: unsaturated, in the gain fit, at most 70 % of the saturation signal (the simulator saturates at 800 ms).
        GainPoint level = r.Gain!.Points.Single(p => p.ExposureMs == f.PrnuLevel!.ExposureMs);
        Assert.True(level.InFit && !level.Saturated);
        Assert.True(f.PrnuLevel!.ExposureMs <= 0.7 * SessionPlanner.SaturationExposureMs);
        Assert.Equal(2, f.PrnuLevel.Frames);
    }

    [Fact]
    public void Vignetting_raises_the_total_prnu_and_leaves_the_pixel_to_pixel_figure_on_the_truth()
    {
        // 30 % of the light lost at the corners, falling off quadratically: a plain microscope flat.
        CameraModel camera = CameraPresets.ScmosLarge with { VignettingFraction = 0.3 };
        string folder = TestPaths.NewTempFolder("prnu-vignetting");
        SimulatedSession session = SessionSimulator.Run(camera, new SimulationOptions { Seed = 21 }, folder, "scmos-large-vignetted");
        CameraResults r = SessionAnalysis.Run(SessionManifestFile.Load(session.SessionPath));
        Directory.Delete(folder, recursive: true);

        double p = session.Truth.FixedPattern["prnu"].Value / 100;
        double c = session.Truth.FixedPattern["illuminationShading"].Value / 100;
        FixedPatternSection f = r.FixedPattern!;
        WithinStdErrs(f.Prnu!, 100 * p, 4);
        // Shading and sensitivity are independent, so var(S (1 + p)) / mean^2 = c^2 + p^2 + c^2 p^2 (about 8 % here).
        WithinStdErrs(f.PrnuTotal!, 100 * Math.Sqrt((c * c) + (p * p) + (c * c * p * p)), 4);
        Assert.True(f.PrnuTotal!.Value > 10 * f.Prnu!.Value, $"total {f.PrnuTotal} against pixel-to-pixel {f.Prnu}");
    }

    private static void WithinStdErrs(Quantity q, double truth, double k) =>
        Assert.True(Math.Abs(q.Value - truth) <= k * q.StdErr!.Value, $"{q} is not within {k} standard errors of the truth {truth:G4}");
}
