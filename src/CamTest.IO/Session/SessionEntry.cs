using System.Text.Json.Serialization;

namespace CamTest.IO.Session;

/// <summary>
/// One entry of a session: files whose frames are concatenated into one sequence, the exposure (optional where the
/// files' metadata holds it) and, in the <c>emGain</c> section, the EM gain set on the camera.
/// </summary>
public sealed record SessionEntry
{
    [JsonPropertyName("exposureMs")] public double? ExposureMs { get; init; }

    [JsonPropertyName("emGain")] public double? EmGain { get; init; }

    /// <summary>The files; after <see cref="SessionManifestFile.Load"/>, full paths resolved against the manifest's folder.</summary>
    [JsonPropertyName("files")] public IReadOnlyList<string> Files { get; init; } = [];
}
