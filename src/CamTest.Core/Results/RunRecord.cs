using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>
/// results.json "run": when and under what conditions the session was taken, when it was analysed and from which
/// files. The camera history places a run on its time axis by <see cref="Acquired"/> and compares runs by their
/// <see cref="Conditions"/>. Results written before this section existed read with it null: acquired unknown.
/// </summary>
/// <param name="Acquired">When the session was acquired, ISO 8601 UTC; null when neither the manifest nor the files say.</param>
/// <param name="AcquiredFrom">Where <paramref name="Acquired"/> came from ("session.json", or a file's metadata key).</param>
/// <param name="Analysed">When the analysis ran, ISO 8601 UTC.</param>
/// <param name="Software">The program and version that made the figures.</param>
public sealed record RunRecord(
    [property: JsonPropertyName("acquired")] string? Acquired,
    [property: JsonPropertyName("acquiredFrom")] string? AcquiredFrom,
    [property: JsonPropertyName("analysed")] string? Analysed,
    [property: JsonPropertyName("software")] string? Software,
    [property: JsonPropertyName("conditions")] RunConditions Conditions,
    [property: JsonPropertyName("inputs")] IReadOnlyList<RunInput> Inputs);

/// <summary>results.json "run.conditions": what must match for two runs' figures to be compared.</summary>
/// <param name="TemperatureC">Sensor temperature, degrees C (manifest, else the files' metadata).</param>
/// <param name="ReadoutMode">Readout mode or speed as the camera names it.</param>
/// <param name="EmGainSetPoint">The EM gain set on the camera for the amplified stack.</param>
/// <param name="BitDepth">The ADC depth the analysis used.</param>
public sealed record RunConditions(
    [property: JsonPropertyName("temperatureC")] double? TemperatureC,
    [property: JsonPropertyName("readoutMode")] string? ReadoutMode,
    [property: JsonPropertyName("emGainSetPoint")] double? EmGainSetPoint,
    [property: JsonPropertyName("bitDepth")] int? BitDepth)
{
    /// <summary>The camera as its files name it (FITS INSTRUME).</summary>
    [JsonPropertyName("instrument")] public string? Instrument { get; init; }

    /// <summary>On-chip binning as the files state it, "XxY" (FITS XBINNING/YBINNING).</summary>
    [JsonPropertyName("binning")] public string? Binning { get; init; }

    /// <summary>The cooler's set point, degrees C (FITS SET-TEMP), beside the measured sensor temperature.</summary>
    [JsonPropertyName("setTemperatureC")] public double? SetTemperatureC { get; init; }

    /// <summary>The camera's gain setting as the files state it (FITS GAIN: a vendor setting, not e-/ADU).</summary>
    [JsonPropertyName("gainSetting")] public string? GainSetting { get; init; }
}

/// <summary>One input file of a run and its size, so a run can be traced to the data behind it.</summary>
public sealed record RunInput(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("bytes")] long Bytes);
