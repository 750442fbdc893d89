namespace CamTest.Simulation.Truth;

/// <summary>Computes <see cref="SimulationTruth"/> from the realised sensor maps and the session plan.</summary>
public static class TruthBuilder
{
    public static SimulationTruth Build(SensorState sensor, IReadOnlyList<StackPlan> plans, string preset)
    {
        CameraModel c = sensor.Camera;
        SimulationOptions o = sensor.Options;
        double gain = c.GainEPerAdu;
        double meanOffset = Mean(sensor.OffsetAdu);
        double driftOverBias = c.BiasDriftAduPerFrame * (o.BiasFrames - 1) / 2.0;
        double cicAdu = c.CicEPerPixelPerFrame / gain;
        double rmsRead = Math.Sqrt(sensor.ReadNoiseE.Average(s => (double)s * s));
        var hot = new HashSet<int>(sensor.HotPixels.Select(h => (h.Y * sensor.Width) + h.X));
        double darkRate = sensor.DarkRateEPerS.Where((_, i) => !hot.Contains(i)).DefaultIfEmpty(0f).Average(r => (double)r);
        double saturationE = SessionPlanner.SaturationElectrons(sensor);
        double adcLimitE = SessionPlanner.AdcLimitElectrons(sensor);
        int rows = sensor.Height;
        SimulatedTiming biasTiming = SimulatedTiming.For(c, rows, 0);

        return new SimulationTruth
        {
            Generator = new Dictionary<string, object>
            {
                ["program"] = "camtest simulate", ["preset"] = preset, ["seed"] = o.Seed,
                ["roiWidth"] = o.RoiWidth, ["roiHeight"] = o.RoiHeight, ["binning"] = o.Binning,
                ["width"] = sensor.Width, ["height"] = sensor.Height,
            },
            Camera = c,
            Bias = new Dictionary<string, TrueValue>
            {
                ["level"] = new(meanOffset + driftOverBias + cicAdu, "ADU"),
                ["levelAtFirstFrame"] = new(meanOffset + cicAdu, "ADU"),
                ["drift"] = new(c.BiasDriftAduPerFrame, "ADU/frame"),
            },
            ReadNoise = new Dictionary<string, TrueValue>
            {
                ["rms"] = new(rmsRead, "e-"),
                ["rmsAdu"] = new(rmsRead / gain, "ADU"),
                ["median"] = new(Median(sensor.ReadNoiseE), "e-"),
            },
            Gain = new Dictionary<string, TrueValue> { ["systemGain"] = new(gain, "e-/ADU") },
            QuantumEfficiency = new(c.QuantumEfficiency * 100, "%"),
            DarkCurrent = new Dictionary<string, TrueValue>
            {
                ["rate"] = new(darkRate, "e-/pixel/s"),
                ["nominalRate"] = new(c.DarkCurrentEPerS * sensor.BinnedPixels * c.DarkScaleAtSensorTemperature, "e-/pixel/s"),
                ["temperature"] = new(c.SensorTemperatureC, "C"),
                ["doublingTemperature"] = new(c.DarkDoublingTemperatureC, "C"),
            },
            HotPixels = new TrueHotPixels(sensor.HotPixels.Count, sensor.HotPixels),
            Saturation = new Dictionary<string, object>
            {
                ["linearFullWell"] = new TrueValue(sensor.LinearFullWellE, "e-"),
                ["fullWell"] = new TrueValue(sensor.FullWellE, "e-"),
                ["wellCapacity"] = new TrueValue(sensor.WellCapacityE, "e-"),
                ["adcMax"] = new TrueValue(c.AdcMax, "ADU"),
                ["adcLimit"] = new TrueValue(adcLimitE, "e-"),
                ["saturationCharge"] = new TrueValue(saturationE, "e-"),
                ["limitedBy"] = adcLimitE < sensor.FullWellE ? "ADC" : "full well",
            },
            FixedPattern = new Dictionary<string, TrueValue>
            {
                ["dsnu"] = new(StandardDeviation(sensor.OffsetAdu) * gain, "e-"),
                ["rowNoise"] = new(StandardDeviation(sensor.RowPatternE), "e-"),
                ["columnNoise"] = new(StandardDeviation(sensor.ColumnPatternE), "e-"),
                ["prnu"] = new(StandardDeviation(sensor.Sensitivity) * 100, "%"),
            }.Concat(c.VignettingFraction > 0 ? [IlluminationShading(sensor)] : []).ToDictionary(),
            EmGain = c.Sensor == SensorType.Emccd ? new Dictionary<string, TrueValue>
            {
                ["factor"] = new(c.EmGain, "x"),
                ["setPoint"] = new(c.EmGainSetPoint ?? c.EmGain, "x"),
                ["excessNoiseFactorSquared"] = new(2, "1"),
                ["clockInducedCharge"] = new(c.CicEPerPixelPerFrame, "e-/pixel/frame"),
            } : null,
            Timing = new Dictionary<string, object>
            {
                ["lineTime"] = new TrueValue(c.LineTimeUs, "us"),
                ["readoutTime"] = new TrueValue(biasTiming.ReadoutMs, "ms"),
                ["overlappedReadout"] = c.OverlappedReadout,
            },
            Stacks = plans.Select(p => Stack(sensor, p, saturationE)).ToList(),
            Ageing = o.Month is int month ? new TrueAgeing(month, o.Acquired!.Value, o.Ageing ?? AgeingModel.None) : null,
        };
    }

    private static TrueStackConditions Stack(SensorState sensor, StackPlan p, double saturationE)
    {
        double signal = p.PhotonsPerPixelPerS * sensor.Camera.QuantumEfficiency * p.ExposureMs / 1000.0;
        SimulatedTiming timing = SimulatedTiming.For(sensor.Camera, sensor.Height, p.ExposureMs);
        return new TrueStackConditions
        {
            File = p.FileName, Role = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Role.ToString()), Frames = p.Frames, ExposureMs = p.ExposureMs, EmGain = p.EmGain,
            PhotonsPerPixelPerS = p.PhotonsPerPixelPerS, MeanSignalE = signal, Saturated = signal * p.EmGain >= saturationE,
            FrameIntervalMs = timing.FrameIntervalMs, FrameRateHz = timing.FrameRateHz,
        };
    }

    /// <summary>The flats' illumination spread (sd / mean of the shading over the image), %: what vignetting adds to a total PRNU.</summary>
    private static KeyValuePair<string, TrueValue> IlluminationShading(SensorState sensor)
    {
        double[] light = [.. Enumerable.Range(0, sensor.Width * sensor.Height).Select(i => sensor.Illumination(i % sensor.Width, i / sensor.Width))];
        return new("illuminationShading", new TrueValue(100 * StandardDeviation(light) / light.Average(), "%"));
    }

    private static double Mean(float[] values) => values.Average(v => (double)v);

    private static double StandardDeviation(IReadOnlyCollection<float> values) => StandardDeviation(values.Select(v => (double)v).ToArray());

    private static double StandardDeviation(double[] values)
    {
        if (values.Length < 2)
        {
            return 0;
        }

        double mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }

    private static double Median(float[] values)
    {
        float[] sorted = [.. values];
        Array.Sort(sorted);
        int n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + (double)sorted[n / 2]) / 2;
    }
}
