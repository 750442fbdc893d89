using CamTest.Core.Diagnostics;
using CamTest.Core.Results;
using CamTest.Core.Session;
using CamTest.IO.Session;
using CamTest.Simulation;
using CamTest.TestSupport;
using Xunit.Abstractions;

namespace CamTest.Cli.Tests.RoundTrip;

/// <summary>
/// The photon transfer fit's chi-square is only a test of the line when each level's variance error is right. With
/// several pairs per level the error used to be the spread of the pairs' variances: an estimate with (pairs - 1)
/// degrees of freedom, whose scatter a 1/error^2 weighting turns into chi2/dof near 2 on a straight curve (10-frame
/// levels averaged 1.7, up to 4.4). From each pair's own fourth moments it is as good at 10 frames as at 2.
/// </summary>
public class PhotonTransferChiSquareTests(ITestOutputHelper output)
{
    private const int Seeds = 20;

    private static CameraResults Analyse(int flatFrames, ulong seed, double driftPercent = 0, int size = 128)
    {
        CameraModel camera = CameraPresets.Find("scmos-small")! with { GainDriftPercent = driftPercent };
        string folder = TestPaths.NewTempFolder($"ptc-chi2-{flatFrames}-{seed}-{driftPercent}");
        try
        {
            var options = new SimulationOptions { Seed = seed, RoiWidth = size, RoiHeight = size, BiasFrames = 20, FlatFrames = flatFrames };
            SimulatedSession session = SessionSimulator.Run(camera, options, folder, "scmos-small");
            return SessionAnalysis.Run(SessionManifestFile.Load(session.SessionPath));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(10)]
    public void A_straight_camera_gives_chi2_per_dof_consistent_with_one_whatever_the_frames_per_level(int frames)
    {
        double chiSquare = 0;
        int dof = 0, bent = 0;
        for (ulong seed = 1; seed <= Seeds; seed++)
        {
            CameraResults results = Analyse(frames, seed);
            GainSection gain = results.Gain!;
            int n = gain.Points.Count(p => p.InFit);
            double perDof = gain.Fit!.ChiSquarePerDof!.Value;
            chiSquare += perDof * (n - 2);
            dof += n - 2;
            bent += results.Diagnostics.Count(d => d.Code == GainDiagnostics.CurveBent.Id);
            output.WriteLine($"{frames} frames, seed {seed}: chi2/dof {perDof:F2} over {n - 2} dof, Birge {gain.Fit.BirgeRatio:F2}");
        }

        // Independent fits: the summed chi-square follows chi2 with the summed dof (about 160), so the pooled chi2/dof
        // has mean 1 and sd sqrt(2/dof) = 0.11; 4 sd either side fails by chance once in 16,000 runs, and the old
        // spread-of-pairs error (pooled 1.7 at 10 frames) falls outside.
        double pooled = chiSquare / dof;
        double band = 4 * Math.Sqrt(2.0 / dof);
        output.WriteLine($"pooled chi2/dof {pooled:F3} over {dof} dof (band 1 +- {band:F3}); curve-bent raised {bent} of {Seeds}");
        Assert.InRange(pooled, 1 - band, 1 + band);

        // gain.curve-bent is raised at a misfit probability below 1 %: on 20 straight cameras 0.2 are expected, and 3 or
        // more happen with binomial probability 0.1 %.
        Assert.InRange(bent, 0, 2);
    }

    [Fact]
    public void A_5_percent_gain_drift_still_bends_the_curve_with_10_frame_levels()
    {
        // 512 x 512: each level's variance known to about 0.1 %, so a 5 % drift of the gain over the signal range is
        // many errors off any line.
        CameraResults drifting = Analyse(10, 21, driftPercent: 5, size: 512);
        GainSection gain = drifting.Gain!;
        output.WriteLine($"drifting, 10 frames: chi2/dof {gain.Fit!.ChiSquarePerDof:F1}, Birge {gain.Fit.BirgeRatio:F2}");
        Assert.Contains(drifting.Diagnostics, d => d.Code == GainDiagnostics.CurveBent.Id);
        Assert.False(gain.Fit.IsLine ?? true);
        Assert.True(gain.Fit.BirgeRatio > 2, $"Birge ratio {gain.Fit.BirgeRatio}");
    }
}
