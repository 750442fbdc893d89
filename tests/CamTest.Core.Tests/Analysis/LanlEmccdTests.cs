using CamTest.Core.Analysis;
using CamTest.Core.Results;
using CamTest.Core.Session;
using CamTest.IO;
using CamTest.TestSupport;
using Xunit.Abstractions;

namespace CamTest.Core.Tests.Analysis;

/// <summary>
/// A real EMCCD (LANL sample data, ../shared/data/emccd_lanl_3x3px_gain_series): 5000-frame stacks of a 3 x 3 region,
/// with the authors' per-set-point offset (S0) and read-noise (sigma) maps and their conversion factor 3.859 e-/ADU.
/// </summary>
public class LanlEmccdTests(ITestOutputHelper output)
{
    private const double StatedConversion = 3.859;

    [SharedDataFact]
    public void The_1x_illumination_series_gives_the_stated_conversion_gain()
    {
        (_, double readVariance) = OffsetAndReadVariance("ADU", "1x-gain_no-signal");
        PhotonTransferResult ptc = PhotonTransferAnalysis.Analyze(Data.IlluminationSeries());
        output.WriteLine($"conversion gain {ptc.SystemGain} (stated {StatedConversion}); intercept {ptc.Intercept} against read variance {readVariance:F1} ADU^2");

        // Measured 3.944 +- 0.016 e-/ADU: 2.2 % above the authors' 3.859, which they fed their model fit as a fixed input;
        // their repository's own per-pixel zero-intercept check gave 3.80. Pooled over 9 pixels and 6 levels our
        // fit's error is ~1 %; the 4 % bound allows the two methods' spread. The intercept must match their read
        // variance (the fit absorbs read noise, as it should) within 4 of its standard errors.
        Assert.InRange(ptc.SystemGain.Value, StatedConversion * 0.96, StatedConversion * 1.04);
        Assert.InRange(readVariance, ptc.Intercept.Value - (4 * ptc.Intercept.StdErr!.Value), ptc.Intercept.Value + (4 * ptc.Intercept.StdErr.Value));
    }

    [SharedDataTheory]
    [InlineData(5, 4.3)]
    [InlineData(25, 22.8)]
    [InlineData(100, 89.7)]
    [InlineData(300, 255)]
    public void Em_gain_from_noise_and_from_the_signal_ratio_agree_with_the_stated_values(int setPoint, double statedWithF2Of2)
    {
        (Quantity fromNoise, Quantity ratio) = Data.EmGains(setPoint, StatedConversion);
        output.WriteLine($"{setPoint}x: from noise {fromNoise}, from the signal ratio {ratio}, stated {statedWithF2Of2}");

        // The stated values took F^2 = 2 at every gain, G = x / 2; with F^2 = 2 - 1/G the same data give x/2 + 0.5. So
        // the stated value + 0.5 is what the same data must give here, within 3 % (the pooled 9-pixel variance of
        // 2500 pairs is known to ~1 %; the offset maps carry the rest).
        Assert.InRange(fromNoise.Value, (statedWithF2Of2 + 0.5) * 0.97, (statedWithF2Of2 + 0.5) * 1.03);
        // The two methods measure the same multiplication independently: within 5 % of each other at every set point.
        Assert.InRange(ratio.Value, fromNoise.Value * 0.95, fromNoise.Value * 1.05);
    }

    private static (double S0, double ReadVariance) OffsetAndReadVariance(string folder, string prefix) => Data.OffsetAndReadVariance(folder, prefix);

    private static LanlStacks Data => new(TestPaths.SharedData("emccd_lanl_3x3px_gain_series"));
}
