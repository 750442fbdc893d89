using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CamTest.IO;
using CamTest.IO.Session;
using CamTest.IO.Writers;
using CamTest.Simulation.Truth;

namespace CamTest.Simulation;

/// <summary>
/// Writes a whole protocol session for a simulated camera into a folder: every stack as OME-TIFF with
/// Micro-Manager style per-frame metadata, <c>session.json</c> and <c>truth.json</c>. Frames stream to disk as they
/// are simulated, so a 10,000-frame stack needs memory for one frame only.
/// </summary>
public static class SessionSimulator
{
    private static readonly JsonSerializerOptions TruthJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public const string SessionFileName = "session.json";

    public const string TruthFileName = "truth.json";

    /// <summary>Gap between stacks on the simulated camera clock, ms.</summary>
    private const double StackGapMs = 1000;

    public static SimulatedSession Run(CameraModel camera, SimulationOptions options, string folder, string presetName, Action<string>? progress = null)
    {
        if (Problem(options, camera) is string problem)
        {
            throw new InvalidInputException(folder, problem);
        }

        Directory.CreateDirectory(folder);
        if (options.Month is int month)
        {
            // An ageing series: the camera as it is at this month, the ageing model kept for the hot pixels.
            options = options with { Ageing = options.Ageing ?? camera.Ageing ?? AgeingModel.None };
            camera = options.Ageing.Apply(camera, month);
        }

        SensorState sensor = SensorState.Create(camera, options);
        IReadOnlyList<StackPlan> plans = SessionPlanner.Plan(sensor);
        foreach (string name in plans.Select(p => p.FileName).Append(SessionFileName).Append(TruthFileName))
        {
            if (File.Exists(Path.Combine(folder, name)))
            {
                throw new InvalidInputException(folder, $"already holds {name}; simulate into an empty folder (files are never overwritten)");
            }
        }

        var simulator = new FrameSimulator(sensor);
        ushort[] frame = new ushort[sensor.Width * sensor.Height];
        double clockMs = 0;
        foreach (StackPlan plan in plans)
        {
            progress?.Invoke($"{plan.FileName}: {plan.Frames} frame(s) of {sensor.Width} x {sensor.Height}, {plan.ExposureMs} ms");
            clockMs = WriteStack(sensor, simulator, plan, Path.Combine(folder, plan.FileName), frame, clockMs) + StackGapMs;
        }

        string sessionPath = Path.Combine(folder, SessionFileName);
        SessionManifestFile.Save(Manifest(sensor, plans, folder), sessionPath);
        SimulationTruth truth = TruthBuilder.Build(sensor, plans, presetName);
        string truthPath = Path.Combine(folder, TruthFileName);
        File.WriteAllText(truthPath, JsonSerializer.Serialize(truth, TruthJson) + "\n");
        return new SimulatedSession(folder, sessionPath, truthPath, sensor.Width, sensor.Height, plans, truth);
    }

    /// <summary>The stack's frames with their timestamps; returns the camera clock after its last frame.</summary>
    private static double WriteStack(SensorState sensor, FrameSimulator simulator, StackPlan plan, string path, ushort[] frame, double clockMs)
    {
        SimulatedTiming timing = SimulatedTiming.For(sensor.Camera, sensor.Height, plan.ExposureMs);
        var planes = new OmeTiffPlane[plan.Frames];
        for (int k = 0; k < plan.Frames; k++)
        {
            double elapsed = Math.Round(k * timing.FrameIntervalMs, 6); // whole nanoseconds: no binary-fraction noise in the metadata
            planes[k] = new OmeTiffPlane(plan.ExposureMs, elapsed, (long)Math.Round((clockMs + elapsed) * 1e6));
        }

        var series = new OmeTiffSeries
        {
            Width = sensor.Width, Height = sensor.Height, Planes = planes, BitDepth = sensor.Camera.BitDepth,
            ImageName = Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(plan.FileName)),
            CameraName = $"CamTest-{sensor.Camera.Name}", Binning = sensor.Options.Binning,
            PixelSizeUm = sensor.Camera.PixelSizeUm * sensor.Options.Binning, AcquisitionDate = sensor.Options.Acquired,
        };
        using OmeTiffWriter writer = OmeTiffWriter.Create(path, series);
        for (int k = 0; k < plan.Frames; k++)
        {
            simulator.Simulate(plan, k, frame);
            writer.WriteFrame(frame);
        }

        writer.Complete();
        return clockMs + (plan.Frames * timing.FrameIntervalMs);
    }

    private static SessionManifest Manifest(SensorState sensor, IReadOnlyList<StackPlan> plans, string folder)
    {
        CameraModel c = sensor.Camera;
        SessionEntry Entry(StackPlan p, bool em = false) => new()
        {
            ExposureMs = p.ExposureMs, EmGain = em ? p.SetPoint : null, Files = [Path.Combine(Path.GetFullPath(folder), p.FileName)],
        };
        StackPlan? Single(StackRole role) => plans.FirstOrDefault(p => p.Role == role);
        StackPlan? reference = Single(StackRole.EmReference);
        StackPlan? amplified = Single(StackRole.EmAmplified);
        return new SessionManifest
        {
            Camera = new SessionCamera
            {
                Name = $"Simulated {c.Name} (seed {sensor.Options.Seed})",
                Sensor = c.Sensor switch { SensorType.SCmos => "sCMOS", SensorType.Ccd => "CCD", SensorType.Emccd => "EMCCD", _ => "CMOS" },
                BitDepth = c.BitDepth,
                PixelSizeUm = c.PixelSizeUm * sensor.Options.Binning,
                Serial = $"SIM-{c.Name}-{sensor.Options.Seed}",
            },
            Acquired = sensor.Options.Acquired is DateTimeOffset acquired ? IsoTimestamp.Format(acquired) : null,
            Conditions = new SessionConditions { TemperatureC = c.SensorTemperatureC },
            Bias = Entry(Single(StackRole.Bias)!),
            Flats = plans.Where(p => p.Role == StackRole.Flat).Select(p => Entry(p)).ToList(),
            Darks = plans.Where(p => p.Role == StackRole.Dark).Select(p => Entry(p)).ToList(),
            HotPixels = Entry(Single(StackRole.HotPixels)!),
            EmGain = reference is null || amplified is null ? null
                : new SessionEmGain { Reference = Entry(reference, em: true), Amplified = Entry(amplified, em: true) },
        };
    }

    /// <summary>
    /// The one set of rules for what can be simulated (the CLI asks here too); returns the problem in words, or null.
    /// Flats and darks come at least in pairs: the temporal variance is measured from a pair, and analyze refuses fewer.
    /// </summary>
    public static string? Problem(SimulationOptions o, CameraModel camera)
    {
        if (o.RoiWidth < 1 || o.RoiHeight < 1 || o.RoiWidth > camera.SensorWidth || o.RoiHeight > camera.SensorHeight)
        {
            return $"region {o.RoiWidth} x {o.RoiHeight} must be 1 .. the {camera.Name} sensor size {camera.SensorWidth} x {camera.SensorHeight}";
        }

        if (o.Binning < 1 || o.Binning > Math.Min(o.RoiWidth, o.RoiHeight))
        {
            return $"binning {o.Binning} must be 1 .. {Math.Min(o.RoiWidth, o.RoiHeight)} for a {o.RoiWidth} x {o.RoiHeight} region";
        }

        if ((long)o.OutputWidth * o.OutputHeight > 1L << 28)
        {
            return "frames above 268 million pixels are not supported";
        }

        if (o.Month is int month && (month is < 0 or > MaxMonth || (o.Ageing ?? camera.Ageing)?.Problem(camera, month) is not null))
        {
            return month is < 0 or > MaxMonth ? $"month {month} must be 0 .. {MaxMonth}" : (o.Ageing ?? camera.Ageing)!.Problem(camera, month);
        }

        foreach ((string what, int frames, int least) in new[]
        {
            ("bias frames", o.BiasFrames, 1), ("flat frames", o.FlatFrames, 2), ("dark frames", o.DarkFrames, 2),
            ("long dark frames", o.LongDarkFrames, 1), ("EM gain frames", o.EmGainFrames, 1),
        })
        {
            if (frames < least || frames > MaxFrames)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{what} {frames} must be {least} .. {MaxFrames:N0}");
            }
        }

        return null;
    }

    private const int MaxFrames = 1_000_000;

    /// <summary>Fifty years of monthly sessions.</summary>
    private const int MaxMonth = 600;
}
