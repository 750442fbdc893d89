using System.Text.Json.Serialization;

namespace CamTest.History.Recording;

/// <summary>
/// Which camera a run belongs to. A serial number identifies the device whatever a session calls it; without one the
/// name does. <see cref="Key"/> is that identity as the database keeps it unique.
/// </summary>
public sealed record CameraIdentity(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("serial")] string? Serial,
    [property: JsonPropertyName("sensor")] string? Sensor)
{
    /// <summary>"serial:..." when the serial is known, else "name:..." (names compared without regard to case).</summary>
    [JsonIgnore]
    public string Key => !string.IsNullOrWhiteSpace(Serial)
        ? $"serial:{Serial.Trim()}"
        : $"name:{(Name ?? string.Empty).Trim().ToUpperInvariant()}";

    /// <summary>How the camera is shown: its name, with the serial when there is one.</summary>
    public override string ToString() =>
        string.IsNullOrWhiteSpace(Serial) ? Name ?? "(unnamed camera)" : $"{Name ?? "(unnamed)"} [{Serial}]";
}
