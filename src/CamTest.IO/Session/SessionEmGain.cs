using System.Text.Json.Serialization;

namespace CamTest.IO.Session;

/// <summary>The EMCCD test: a long exposure without EM gain and a short one with it, on the same dim scene.</summary>
public sealed record SessionEmGain
{
    [JsonPropertyName("reference")] public SessionEntry? Reference { get; init; }

    [JsonPropertyName("amplified")] public SessionEntry? Amplified { get; init; }
}
