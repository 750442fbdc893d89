using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.Simulation.Truth;

namespace CamTest.Cli.Tests.RoundTrip;

/// <summary>
/// Every preset, two seeds: the analysis must recover the simulator's truth within the bounds issue 4 sets (bias
/// 0.2 ADU, gain 2 %, read noise 3 %, dark current 10 %, linear full well 10 %, hot pixels >= 95 % found and
/// <= 10 % false, EM gain 5 %).
/// </summary>
public class SimulatorRoundTripTests
{
    public static TheoryData<string, ulong> Sessions()
    {
        var data = new TheoryData<string, ulong>();
        foreach (string preset in new[] { "scmos-large", "scmos-small", "ccd-interline", "emccd-512", "astro-cmos" })
        {
            data.Add(preset, 11);
            data.Add(preset, 12);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sessions))]
    public void Analysis_recovers_the_simulated_camera(string preset, ulong seed)
    {
        (SimulationTruth truth, CameraResults r) = SimulatedRoundTrip.Of(preset, seed);
        Assert.InRange(r.Bias!.Level.Value, truth.Bias["level"].Value - 0.2, truth.Bias["level"].Value + 0.2);
        Within(r.Gain!.SystemGain, truth.Gain["systemGain"].Value, 0.02);
        Within(r.ReadNoise!.Rms!, truth.ReadNoise["rms"].Value, 0.03);
        Within(r.DarkCurrent!.Rate!, truth.DarkCurrent["rate"].Value, 0.10);
        // The pixel's linear full well, or the ADC's top code when that comes first (GUIDE section 3).
        double linearLimit = Math.Min(((TrueValue)truth.Saturation["linearFullWell"]).Value, ((TrueValue)truth.Saturation["adcLimit"]).Value);
        // The flats sample the response at discrete exposures and the saturation capacity is the last level before
        // clipping (EMVA R4), which caps the linear full well: a limit between two levels is seen at the lower one, up
        // to one level step (their exposure ratio) below the truth. Above the truth only the 10 % bound applies.
        List<GainPoint> byExposure = [.. r.Gain!.Points.OrderBy(p => p.ExposureMs)];
        int firstSaturated = byExposure.FindIndex(p => p.Saturated);
        double step = firstSaturated > 0 ? byExposure[firstSaturated - 1].ExposureMs / byExposure[firstSaturated].ExposureMs : 1;
        Assert.InRange(r.Saturation!.LinearFullWell!.Value, linearLimit * step * (1 - 0.10), linearLimit * (1 + 0.10));
        HotPixelsMatch(truth.HotPixels, r.HotPixels!);
        // The bias runs at zero exposure as fast as the camera reads out: its hardware timestamps give the readout time.
        Within(r.Timing!.ReadoutTime!, ((TrueValue)truth.Timing["readoutTime"]).Value, 0.01);
        if (truth.EmGain is { } em)
        {
            Within(r.EmGain!.Factor, em["factor"].Value, 0.05);
        }
    }

    private static void Within(Quantity measured, double truth, double fraction) =>
        Assert.True(Math.Abs(measured.Value - truth) <= fraction * Math.Abs(truth), $"{measured} is not within {fraction:P0} of the truth {truth:G5}");

    private static void HotPixelsMatch(TrueHotPixels truth, HotPixelsSection found)
    {
        var truePositions = truth.Pixels.Select(p => (p.X, p.Y)).ToHashSet();
        var foundPositions = found.Pixels.Select(p => (p.X, p.Y)).ToHashSet();
        int hits = truePositions.Count(foundPositions.Contains);
        int falseOnes = foundPositions.Count(p => !truePositions.Contains(p));
        Assert.True(hits >= 0.95 * truePositions.Count, $"{hits} of {truePositions.Count} true hot pixels found");
        Assert.True(falseOnes <= 0.10 * Math.Max(foundPositions.Count, 1), $"{falseOnes} of {foundPositions.Count} found are not hot");
    }
}
