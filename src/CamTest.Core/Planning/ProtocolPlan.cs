using System.Globalization;
using CamTest.Core.Calculators;

namespace CamTest.Core.Planning;

/// <summary>
/// The protocol's acquisitions as a plan: 100 bias frames; flat pairs at the protocol's 5, 10, 20 and 40 ms and
/// between and beyond them, so that at least <see cref="MinimumFittedLevels"/> levels lie inside the photon transfer
/// fit's range (below 70 % of saturation, EMVA 1288) and further levels bracket saturation; dark pairs at growing
/// exposures; ten long darks for hot pixels; and, for an EMCCD, a dim sample without and with EM gain, with a bias
/// at each EM gain set point (its offset moves with the set point).
/// </summary>
public static class ProtocolPlan
{
    public const int BiasFrames = 100;
    public const int HotPixelFrames = 10;
    public const double HotPixelExposureMs = 5000;

    /// <summary>The light is set so a 40 ms frame reaches about 40 % of full scale: 1 % per ms.</summary>
    public const double FullScalePercentPerMs = 1;

    /// <summary>The fit range's upper end, as a percentage of saturation (EMVA 1288).</summary>
    public const double FitRangePercent = 70;

    public const int MinimumFittedLevels = 8;

    /// <summary>8 levels below 70 % (5 .. 60 ms), then 80 .. 160 ms around and past saturation (about 100 ms).</summary>
    private static readonly double[] FlatExposuresMs = [5, 10, 15, 20, 30, 40, 50, 60, 80, 95, 105, 120, 160];

    /// <summary>The EM gain the amplified stack is taken at (and its own bias).</summary>
    public const double AmplifiedEmGain = 300;

    public static AcquisitionPlan For(SensorKind sensor)
    {
        // An EMCCD's conventional figures (bias, gain, read noise, dark) are measured with the multiplier at 1x.
        double? noEmGain = sensor == SensorKind.Emccd ? 1 : null;
        var steps = new List<AcquisitionStep>
        {
            new()
            {
                Stack = "bias", Section = SessionSection.Bias, ExposureMs = 0, Frames = BiasFrames, LensCapOn = true, EmGain = noEmGain,
                LightTarget = "dark: lens cap on, shutter closed",
                Purpose = "bias level and its stability over 100 frames, read noise from frame pairs, fixed pattern",
            },
        };
        foreach (double ms in FlatExposuresMs)
        {
            steps.Add(new AcquisitionStep
            {
                Stack = Name("flat", ms), Section = SessionSection.Flats, ExposureMs = ms, Frames = 2, LensCapOn = false,
                EmGain = noEmGain,
                LightTarget = (ms * FullScalePercentPerMs) switch
                {
                    <= 5 => "uniform, steady light on the whole sensor, set so a 40 ms frame reaches about 40 % of full scale (5 ms then sits near 5 %); leave it unchanged from here on",
                    >= 90 => "same light: about full scale; this level brackets saturation (it may clip: that is its purpose)",
                    >= FitRangePercent => "same light: above the fit range, towards saturation",
                    _ => "same light as the 5 ms pair",
                },
                Purpose = ms * FullScalePercentPerMs < FitRangePercent
                    ? "a flat pair inside the photon transfer fit's range (below 70 % of saturation): single-point gain and the fit"
                    : "brackets saturation: linearity, where the response leaves the line, full well (beyond the protocol)",
            });
        }

        foreach (double ms in DarkExposuresMs(sensor))
        {
            steps.Add(new AcquisitionStep
            {
                Stack = Name("dark", ms), Section = SessionSection.Darks, ExposureMs = ms, Frames = 2, LensCapOn = true, EmGain = noEmGain,
                LightTarget = "dark: lens cap on",
                Purpose = "a dark pair: dark current from the mean's slope and from the noise (in quadrature)",
            });
        }

        steps.Add(new AcquisitionStep
        {
            Stack = Name("hot", HotPixelExposureMs), Section = SessionSection.HotPixels, ExposureMs = HotPixelExposureMs,
            Frames = HotPixelFrames, LensCapOn = true, EmGain = noEmGain, LightTarget = "dark: lens cap on",
            Purpose = "hot pixels: bright in every one of the 10 long exposures",
        });
        if (sensor == SensorKind.Emccd)
        {
            steps.Add(new AcquisitionStep
            {
                Stack = string.Create(CultureInfo.InvariantCulture, $"bias_em{AmplifiedEmGain:0}x"), Section = SessionSection.EmGainAmplifiedBias,
                ExposureMs = 0, Frames = BiasFrames, LensCapOn = true, EmGain = AmplifiedEmGain,
                LightTarget = "dark: lens cap on, shutter closed",
                Purpose = "the offset at the 300x EM gain set point (it moves with the set point): the amplified stack is measured from it",
            });
            steps.Add(new AcquisitionStep
            {
                Stack = "emgain_ref_1000ms", Section = SessionSection.EmGainReference, ExposureMs = 1000, Frames = 10,
                LensCapOn = false, EmGain = 1,
                LightTarget = "a dim, steady sample: a few hundred e- above bias without EM gain",
                Purpose = "EM gain reference: signal per ms without multiplication",
            });
            steps.Add(new AcquisitionStep
            {
                Stack = "emgain_300x_10ms", Section = SessionSection.EmGainAmplified, ExposureMs = 10, Frames = 10,
                LensCapOn = false, EmGain = AmplifiedEmGain,
                LightTarget = "the same sample untouched; no pixel may saturate (lower the EM gain if one does)",
                Purpose = "EM gain: bias-subtracted signal per ms against the reference gives the multiplication factor",
            });
        }

        return new AcquisitionPlan(sensor, steps, Advice(sensor));
    }

    /// <summary>Cooled CCDs and EMCCDs gather so little dark charge that they need far longer darks to measure it.</summary>
    private static double[] DarkExposuresMs(SensorKind sensor) =>
        sensor == SensorKind.SCmos ? [100, 1000, 10000, 30000] : [1000, 10000, 30000, 60000];

    private static string Name(string kind, double ms) => string.Create(CultureInfo.InvariantCulture, $"{kind}_{ms:0.###}ms");

    private static List<string> Advice(SensorKind sensor)
    {
        var advice = new List<string>
        {
            "let the camera reach its set temperature and run for 30 minutes before the first stack",
            "keep every camera setting (readout speed, gain mode, bit depth, cooling) the same for all stacks, and note them",
            "save stacks as TIFF/OME-TIFF with metadata: exposures and timestamps are read from it",
            "flats: a uniform, steady source (an LED through a diffuser or a clean slide out of focus); the light must not change between exposures",
            "darks: cover the camera itself, not only the microscope; stray light shows as dark current",
        };
        if (sensor == SensorKind.Emccd)
        {
            advice.Add("EMCCD: take flats and darks with EM gain off (or 1x); use only the EM gain you need (calc em-gain)");
        }

        return advice;
    }
}
