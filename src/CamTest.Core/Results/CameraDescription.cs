using System.Text.Json.Serialization;

namespace CamTest.Core.Results;

/// <summary>The camera as the session manifest describes it.</summary>
public sealed record CameraDescription(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("sensor")] string? Sensor,
    [property: JsonPropertyName("bitDepth")] int? BitDepth,
    [property: JsonPropertyName("pixelSizeUm")] double? PixelSizeUm)
{
    /// <summary>The camera's serial number, when the manifest gives it: the history's identity of the camera.</summary>
    [JsonPropertyName("serial")] public string? Serial { get; init; }

    /// <summary>The Certificate of Performance values the manifest states (camera.stated).</summary>
    [JsonPropertyName("stated")] public StatedValuesSection? Stated { get; init; }

    /// <summary>Bits the data were shifted left by in their words (a 12-bit ADC in 16-bit words: 4), when detected;
    /// the figures are in native ADU (the file's codes divided by 2^shift) and <c>bitDepth</c> is the ADC's.</summary>
    [JsonPropertyName("leftShiftBits")] public int? LeftShiftBits { get; init; }
}
