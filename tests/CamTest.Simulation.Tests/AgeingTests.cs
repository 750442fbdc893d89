using System.Security.Cryptography;
using CamTest.IO;
using CamTest.IO.Session;
using CamTest.TestSupport;

namespace CamTest.Simulation.Tests;

/// <summary>simulate --month N: the same sensor, aged by the model, dated from the month, with the aged truth.</summary>
public sealed class AgeingTests
{
    private static readonly SimulationOptions Small = new()
    {
        Seed = 3, RoiWidth = 64, RoiHeight = 64, BiasFrames = 4, FlatFrames = 2, DarkFrames = 2, LongDarkFrames = 3, EmGainFrames = 2,
    };

    private static SimulatedSession Run(SimulationOptions options, CameraModel? camera = null) =>
        SessionSimulator.Run(camera ?? CameraPresets.Emccd512, options, TestPaths.NewTempFolder("ageing"), "emccd-512");

    [Fact]
    public void Month_zero_of_a_stable_camera_writes_the_frames_a_lone_session_writes()
    {
        SimulatedSession lone = Run(Small);
        SimulatedSession month0 = Run(Small with { Month = 0, Ageing = AgeingPresets.Find(AgeingPresets.Worn) });

        foreach (string file in lone.Stacks.Select(s => s.FileName))
        {
            // Pixels only: the month's OME metadata carries the acquisition date, so the files differ by that.
            using IFrameSource a = ImageFile.Open(Path.Combine(lone.Folder, file)), b = ImageFile.Open(Path.Combine(month0.Folder, file));
            Assert.Equal(Hash(a), Hash(b));
        }
    }

    [Fact]
    public void An_aged_month_keeps_the_set_point_loses_em_gain_and_is_dated_n_months_on()
    {
        SimulatedSession s = Run(Small with { Month = 5, Ageing = AgeingPresets.Find(AgeingPresets.EmGainLoss) });
        SessionManifest manifest = SessionManifestFile.Load(s.SessionPath);

        Assert.Equal(300 * (1 - (0.03 * 5)), s.Truth.EmGain!["factor"].Value, 9);
        Assert.Equal(300, s.Truth.EmGain["setPoint"].Value);
        Assert.Equal(300, manifest.EmGain!.Amplified!.EmGain); // the camera is still set to 300
        Assert.Equal("2026-06-15T10:00:00Z", manifest.Acquired);
        Assert.Equal(5, s.Truth.Ageing!.Month);
        Assert.Equal("SIM-emccd-512-3", manifest.Camera!.Serial);
        Assert.Equal(-80, manifest.Conditions!.TemperatureC);
        using IFrameSource bias = ImageFile.Open(manifest.Bias!.Files[0]);
        Assert.Equal(new DateTimeOffset(2026, 6, 15, 10, 0, 0, TimeSpan.Zero), IsoTimestamp.TryParse(bias.Info.Properties["AcquisitionStart"])); // the first frame's Micro-Manager "Time"
    }

    [Fact]
    public void Hot_pixels_that_appear_stay_and_their_number_grows_as_the_model_says()
    {
        AgeingModel model = new() { HotPixelFractionPerMonth = 0.002 };
        SimulatedSession m0 = Run(Small with { Month = 0, Ageing = model });
        SimulatedSession m6 = Run(Small with { Month = 6, Ageing = model });
        SimulatedSession m12 = Run(Small with { Month = 12, Ageing = model });

        HashSet<(int, int)> Hot(SimulatedSession s) => [.. s.Truth.HotPixels.Pixels.Select(p => (p.X, p.Y))];
        Assert.Subset(Hot(m6), Hot(m0));
        Assert.Subset(Hot(m12), Hot(m6));
        // 4096 pixels x 0.002 x N new ones: 49 by month 6, 98 by month 12, each a binomial count (sd about 7 and 10).
        Assert.InRange(Hot(m6).Count - Hot(m0).Count, 49 - 25, 49 + 25);
        Assert.InRange(Hot(m12).Count - Hot(m0).Count, 98 - 35, 98 + 35);
    }

    [Fact]
    public void Dark_current_and_bias_age_linearly_from_month_zero()
    {
        AgeingModel model = new() { DarkCurrentRisePerMonth = 0.05, BiasShiftAduPerMonth = 0.5 };
        SimulatedSession m0 = Run(Small with { Month = 0, Ageing = model }, CameraPresets.ScmosLarge);
        SimulatedSession m4 = Run(Small with { Month = 4, Ageing = model }, CameraPresets.ScmosLarge);

        // Same pixel maps scaled: the true sensor-wide rate rises by exactly 1 + 0.05 x 4 (float maps: 1e-6).
        Assert.Equal(1.2, m4.Truth.DarkCurrent["rate"].Value / m0.Truth.DarkCurrent["rate"].Value, 6);
        Assert.Equal(2.0, m4.Truth.Bias["level"].Value - m0.Truth.Bias["level"].Value, 3);
    }

    [Fact]
    public void An_ageing_that_leaves_no_em_gain_is_refused()
    {
        string? problem = SessionSimulator.Problem(Small with { Month = 40, Ageing = AgeingPresets.Find(AgeingPresets.EmGainLoss) }, CameraPresets.Emccd512);

        Assert.Contains("no multiplication left by month 40", problem, StringComparison.Ordinal);
    }

    private static string Hash(IFrameSource source)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        byte[] frame = new byte[source.Info.BytesPerFrame];
        for (int f = 0; f < source.Info.FrameCount; f++)
        {
            source.ReadRows(f, 0, source.Info.Height, frame);
            sha.AppendData(frame);
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
