using System.Text.Json;
using System.Text.Json.Serialization;
using CamTest.IO;

namespace CamTest.Simulation;

/// <summary>Reads and writes <c>camera.json</c>: a <see cref="CameraModel"/> in camelCase JSON, checked at load.</summary>
public static class CameraModelFile
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static CameraModel Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException(path, Directory.Exists(path) ? "is a folder, not a camera.json" : "camera file not found (give a preset name or a camera.json)");
        }

        CameraModel? model;
        try
        {
            model = JsonSerializer.Deserialize<CameraModel>(File.ReadAllText(path), Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidInputException(path, JsonProblem.Describe(ex, "camera description", "see docs/camera-json.md"), ex);
        }

        if (model is null)
        {
            throw new InvalidInputException(path, "holds null, not a camera description");
        }

        string? problem = Validate(model);
        return problem is null ? model : throw new InvalidInputException(path, problem);
    }

    public static void Save(CameraModel model, string path) =>
        File.WriteAllText(path, JsonSerializer.Serialize(model, Options));

    /// <summary>The first physically impossible value, in words, or null when the model can be simulated.</summary>
    public static string? Validate(CameraModel m)
    {
        if (m.SensorWidth is < 1 or > 65536 || m.SensorHeight is < 1 or > 65536)
        {
            return $"sensor size {m.SensorWidth} x {m.SensorHeight} must be 1 .. 65536 pixels each way";
        }

        if (m.BitDepth is < 8 or > 16)
        {
            return $"bitDepth {m.BitDepth} must be 8 .. 16 (the simulator writes uint16)";
        }

        if (!(m.QuantumEfficiency > 0 && m.QuantumEfficiency <= 1))
        {
            return $"quantumEfficiency {m.QuantumEfficiency} must be in (0, 1]";
        }

        if (!(m.GainEPerAdu > 0) || !(m.PixelSizeUm > 0) || !(m.LineTimeUs >= 0))
        {
            return "gainEPerAdu and pixelSizeUm must be positive and lineTimeUs not negative";
        }

        if (!(m.BiasAdu >= 0 && m.BiasAdu < m.AdcMax))
        {
            return $"biasAdu {m.BiasAdu} must lie inside the ADC range 0 .. {m.AdcMax}";
        }

        double[] nonNegative = [m.PrnuPercent, m.DsnuE, m.RowPatternE, m.ColumnPatternE, m.ReadNoiseE, m.ReadNoiseSpread,
            m.DarkCurrentEPerS, m.HotPixelMinEPerS, m.CicEPerPixelPerFrame];
        if (nonNegative.Any(v => !(v >= 0) || double.IsInfinity(v)))
        {
            return "noise, pattern, dark current and hot pixel rates must be finite and not negative";
        }

        if (!(m.VignettingFraction is >= 0 and < 1))
        {
            return $"vignettingFraction {m.VignettingFraction} must be 0 .. 1 (the light lost at the corners)";
        }

        if (!(m.HotPixelFraction is >= 0 and <= 0.1) || !(m.ReadNoiseTailFraction is >= 0 and <= 0.5) || !(m.BloomFraction is >= 0 and <= 1))
        {
            return "hotPixelFraction must be 0 .. 0.1, readNoiseTailFraction 0 .. 0.5 and bloomFraction 0 .. 1";
        }

        if (!(m.HotPixelMaxEPerS >= m.HotPixelMinEPerS) || !(m.DarkDoublingTemperatureC > 0))
        {
            return "hotPixelMaxEPerS must be at least hotPixelMinEPerS and darkDoublingTemperatureC positive";
        }

        if (!(m.LinearFullWellE > 0 && m.FullWellE > m.LinearFullWellE && m.FullWellE < 1e8))
        {
            return $"need 0 < linearFullWellE ({m.LinearFullWellE}) < fullWellE ({m.FullWellE}) < 1e8";
        }

        if (!(m.EmGain is >= 1 and <= 10000) || !double.IsFinite(m.BiasDriftAduPerFrame))
        {
            return $"emGain {m.EmGain} must be 1 .. 10000 and biasDriftAduPerFrame finite";
        }

        if (!(m.GainDriftPercent is > -50 and < 50))
        {
            return $"gainDriftPercent {m.GainDriftPercent} must lie between -50 and 50";
        }

        if (m.EmGainSetPoint is double setPoint && !(setPoint is >= 1 and <= 10000))
        {
            return $"emGainSetPoint {setPoint} must be 1 .. 10000";
        }

        return m.Ageing?.Problem(m, 0);
    }
}
