using System.Globalization;

namespace CamTest.Simulation;

/// <summary>
/// The protocol session for a camera: a bias stack, flat pairs from 5 ms up to and past saturation (the photon
/// transfer curve), dark pairs at several exposures, a long dark stack for hot pixels and, for an EMCCD, the EM gain
/// reference and amplified stacks.
/// </summary>
public static class SessionPlanner
{
    /// <summary>Flat exposures: the protocol's 5/10/20/40 ms, then steps to 120 % of the saturation exposure (800 ms).</summary>
    public static IReadOnlyList<double> FlatExposuresMs { get; } =
        [5, 10, 20, 40, 80, 160, 240, 320, 400, 480, 560, 640, 720, 800, 880, 960];

    /// <summary>The flat exposure at which the light just reaches saturation (full well or ADC, whichever comes first).</summary>
    public const double SaturationExposureMs = 800;

    /// <summary>Dark exposures as fractions of the longest: four points for the slope of dark signal against time.</summary>
    public static IReadOnlyList<double> DarkExposureFractions { get; } = [0.1, 0.2, 0.5, 1];

    /// <summary>
    /// Dark charge the longest dark should collect, e-: as a careful user plans it, long enough that the dark signal
    /// stands well above the uncertainty of a dark mean (read noise / sqrt(pixels)), so a deeply cooled camera gets
    /// minutes-long darks and a warm one seconds.
    /// </summary>
    public const double LongestDarkTargetE = 20;

    /// <summary>Bounds of the longest dark: the protocol's 5 s at least, an hour at most.</summary>
    public const double LongestDarkMinMs = 5_000, LongestDarkMaxMs = 3_600_000;

    /// <summary>The dark exposures for a camera: the longest collects about <see cref="LongestDarkTargetE"/> e-, rounded up to a whole second.</summary>
    public static IReadOnlyList<double> DarkExposuresMs(CameraModel camera)
    {
        double rate = camera.DarkCurrentEPerS * camera.DarkScaleAtSensorTemperature;
        double wanted = rate > 0 ? LongestDarkTargetE / rate * 1000 : LongestDarkMaxMs;
        double longest = Math.Clamp(Math.Ceiling(wanted / 1000) * 1000, LongestDarkMinMs, LongestDarkMaxMs);
        return [.. DarkExposureFractions.Select(f => f * longest)];
    }

    public const double LongDarkExposureMs = 5000;

    public const double EmReferenceExposureMs = 1000;

    public const double EmAmplifiedExposureMs = 10;

    /// <summary>Electrons the EM reference exposure collects per pixel (a dim scene).</summary>
    public const double EmReferenceSignalE = 500;

    public static IReadOnlyList<StackPlan> Plan(SensorState sensor)
    {
        CameraModel camera = sensor.Camera;
        SimulationOptions options = sensor.Options;
        double flux = SaturationElectrons(sensor) / camera.QuantumEfficiency / (SaturationExposureMs / 1000.0);
        var plans = new List<StackPlan> { new(StackRole.Bias, "bias.ome.tif", options.BiasFrames, 0, 0, 1) };
        foreach (double exposure in FlatExposuresMs)
        {
            plans.Add(new StackPlan(StackRole.Flat, Name("flat", exposure), options.FlatFrames, exposure, flux, 1));
        }

        foreach (double exposure in DarkExposuresMs(camera))
        {
            plans.Add(new StackPlan(StackRole.Dark, Name("dark", exposure), options.DarkFrames, exposure, 0, 1));
        }

        plans.Add(new StackPlan(StackRole.HotPixels, Name("hotpixels", LongDarkExposureMs), options.LongDarkFrames, LongDarkExposureMs, 0, 1));
        if (camera.Sensor == SensorType.Emccd && (camera.EmGainSetPoint ?? camera.EmGain) > 1)
        {
            double dim = EmReferenceSignalE / camera.QuantumEfficiency / (EmReferenceExposureMs / 1000.0);
            plans.Add(new StackPlan(StackRole.EmReference, Name("em_reference", EmReferenceExposureMs), options.EmGainFrames, EmReferenceExposureMs, dim, 1));
            double setPoint = camera.EmGainSetPoint ?? camera.EmGain;
            string amplified = string.Create(CultureInfo.InvariantCulture, $"em_amplified_{EmAmplifiedExposureMs:0000}ms_em{setPoint:0}.ome.tif");
            plans.Add(new StackPlan(StackRole.EmAmplified, amplified, options.EmGainFrames, EmAmplifiedExposureMs, dim, camera.EmGain, setPoint));
        }

        return plans;
    }

    /// <summary>Electrons at which the output saturates: the full well, or the charge that reaches the top ADC code.</summary>
    public static double SaturationElectrons(SensorState sensor) =>
        Math.Min(sensor.FullWellE, AdcLimitElectrons(sensor));

    public static double AdcLimitElectrons(SensorState sensor) =>
        (sensor.Camera.AdcMax - sensor.Camera.BiasAdu) * sensor.Camera.GainEPerAdu;

    private static string Name(string kind, double exposureMs) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}_{exposureMs:0000}ms.ome.tif");
}
