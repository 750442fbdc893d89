using System.Text.Json.Serialization;

namespace CamTest.IO.Session;

/// <summary>
/// The optional <c>conditions</c> section: what the files' metadata may not say about how the session was taken. A
/// value here wins over the metadata (FITS CCD-TEMP/READOUTM, Micro-Manager camera properties).
/// </summary>
public sealed record SessionConditions
{
    /// <summary>Sensor temperature, degrees C.</summary>
    [JsonPropertyName("temperatureC")] public double? TemperatureC { get; init; }

    /// <summary>The camera's readout mode or speed, as the camera's software names it.</summary>
    [JsonPropertyName("readoutMode")] public string? ReadoutMode { get; init; }
}
